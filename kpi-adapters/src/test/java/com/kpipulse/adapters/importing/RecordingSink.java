package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.application.measure.ObservationRow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a preset reports, for assertions. */
final class RecordingSink implements RowSink {

    final List<ObservationRow> rows = new ArrayList<>();
    final List<RowProblem> problems = new ArrayList<>();

    @Override
    public void accept(ObservationRow row) {
        rows.add(row);
    }

    @Override
    public void reject(RowProblem problem) {
        problems.add(problem);
    }

    /** Each problem as an English reader sees it: line, column, sentence. */
    List<List<Object>> said() {
        return problems.stream().map(p -> said(p.line(), p.column(), p.message().english())).toList();
    }

    static List<Object> said(long line, String column, String english) {
        return java.util.Arrays.asList(line, column, english);
    }

    List<ObservationRow> rows(String measure) {
        return rows.stream().filter(r -> r.measure().equals(measure)).toList();
    }

    /** The single row of {@code measure} on {@code day} with {@code campaign} (null matches any). */
    ObservationRow row(String measure, String day, String campaign) {
        List<ObservationRow> found = rows.stream()
                .filter(r -> r.measure().equals(measure) && r.periodStart().equals(LocalDate.parse(day))
                        && (campaign == null || campaign.equals(r.campaign())))
                .toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + measure + " row on " + day + " for " + campaign + " but found "
                    + found + "; all rows: " + rows + "; problems: " + problems);
        }
        return found.get(0);
    }
}

package com.kpipulse.web.importing;

import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ObservationRow;
import com.kpipulse.application.importing.RowProblem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON shape of an import report. */
public record ImportReportJson(String id, String status, String preset, String fileName, String importedBy,
                               Instant at, long rows, long observations, LocalDate from, LocalDate to,
                               List<ProblemJson> errors, long moreErrors, List<ValueJson> preview) {

    public record ProblemJson(long line, String column, String message) {
    }

    public record ValueJson(long line, String measure, LocalDate periodStart, String grain, String channel,
                            String campaign, String source, String value, String currency) {
    }

    static ImportReportJson from(ImportReport report) {
        return new ImportReportJson(report.id().toString(), report.status().name(), report.presetId(),
                report.fileName(), report.importedBy(), report.at(), report.rows(), report.observations(),
                report.from(), report.to(), report.errors().stream().map(ImportReportJson::problem).toList(),
                report.moreErrors(), report.preview().stream().map(ImportReportJson::value).toList());
    }

    static ImportReportJson problem(String message) {
        return new ImportReportJson(null, "REJECTED", null, null, null, null, 0, 0, null, null,
                List.of(new ProblemJson(0, null, message)), 0, List.of());
    }

    private static ProblemJson problem(RowProblem problem) {
        return new ProblemJson(problem.line(), problem.column(), problem.message());
    }

    private static ValueJson value(ObservationRow row) {
        return new ValueJson(row.line(), row.measure(), row.periodStart(), row.grain().name(), row.channel(),
                row.campaign(), row.source(), row.value().toPlainString(), row.currency());
    }
}

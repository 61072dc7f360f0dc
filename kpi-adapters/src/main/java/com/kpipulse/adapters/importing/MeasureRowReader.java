package com.kpipulse.adapters.importing;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.text.Message;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads the rows of a measure table into observations the same way for every preset: parse each cell, refuse
 * impossible values, catch duplicate rows, sum breakdowns, report every problem with its column. The row loop is the
 * import's hot path: it reads by position from arrays made once per file, without streams or lookups by key.
 */
final class MeasureRowReader {

    private final MeasureTableLayout layout;
    private final MeasureCellParser cells;
    private final ObservationCollector collector;
    private final RowSink sink;

    MeasureRowReader(MeasureTableLayout layout, MeasureCellParser cells, ObservationCollector collector, RowSink sink) {
        this.layout = layout;
        this.cells = cells;
        this.collector = collector;
        this.sink = sink;
    }

    /** Reads every row but those {@code skip} drops, then hands the observations on. */
    void readAll(RowSupplier rows, Predicate<TableRow> skip) throws IOException {
        TableRow row;
        while ((row = rows.next()) != null) {
            if (!skip.test(row)) {
                read(row);
            }
        }
        collector.finish();
    }

    private void read(TableRow row) {
        LocalDate period = layout.period(row);
        String campaign = layout.campaign(row);
        String source = layout.source(row);
        String channel = layout.channel(row);
        String currency = layout.currency(row);
        MeasureTableLayout.Measure[] measured = layout.measured();
        BigDecimal[] values = new BigDecimal[measured.length];
        BigDecimal visits = null;
        for (int k = 0; k < measured.length; k++) {
            MeasureTableLayout.Measure m = measured[k];
            BigDecimal value = m.secondsPerVisit() ? cells.seconds(row, m.column()) : cells.amount(row, m);
            if (value == null) {
                continue;
            }
            if (m.visits()) {
                visits = value;
            }
            values[k] = value;
        }
        for (int k = 0; k < measured.length; k++) {
            MeasureTableLayout.Measure m = measured[k];
            if (values[k] != null && m.secondsPerVisit()) {
                values[k] = visits == null ? null : MeasureCellParser.totalSeconds(row, m.column(), values[k], visits);
            }
            if (values[k] == null) {
                continue;
            }
            Optional<Message> implausible = ObservationCollector.implausible(m.code(), values[k]);
            if (implausible.isPresent()) {
                row.problem(m.column(), implausible.get());
            }
            if (m.money() && currency == null) {
                row.problem(m.column(), Message.of(FileProblemKind.EMPTY_CURRENCY_CELL));
            }
        }
        if (row.hasProblems()) {
            row.problems().forEach(sink::reject);
            return;
        }
        // a collector passing values through does not look for repeated rows: the cells need not be gathered
        if (!collector.passesThrough()
                && !collector.firstOccurrence(row.line(), layout.identityCells(row), layout.valueCells(row))) {
            return;
        }
        for (int k = 0; k < measured.length; k++) {
            if (values[k] == null) {
                continue;
            }
            MeasureTableLayout.Measure m = measured[k];
            collector.accept(new ObservationRow(row.line(), m.code(), period, layout.grain(), channel, campaign,
                    source, values[k], m.money() ? currency : null), m.name());
        }
    }
}

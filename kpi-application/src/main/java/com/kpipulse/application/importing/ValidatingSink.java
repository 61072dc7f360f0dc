package com.kpipulse.application.importing;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.ObservationTarget;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.period.Grain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Checks every row a preset reads against the measure catalog, resolves its channel and passes it on to the staging
 * area; keeps the problems (up to a limit, counting the rest), the covered days and a preview.
 */
final class ValidatingSink implements RowSink {

    private final ObservationRowCheck check;
    private final ObservationTarget staging;
    private final int maxProblems;
    private final int previewSize;

    /** Every this many rows the rows checked so far are told to {@link #everyFewRows}. */
    static final int PROGRESS_ROWS = 8192;

    private final List<RowProblem> problems = new ArrayList<>();
    private LongConsumer everyFewRows = rows -> { };
    private final List<ObservationRow> preview = new ArrayList<>();
    private long problemCount;
    private long observations;
    private long rows;
    private long lastLine = -1;
    private LocalDate from;
    private LocalDate to;

    ValidatingSink(MeasureCatalog measures, ChannelCatalog channels, ChannelMapping mapping, LocalDate today,
                   ObservationTarget staging, int maxProblems, int previewSize) {
        this.check = new ObservationRowCheck(measures, channels, mapping, today);
        this.staging = staging;
        this.maxProblems = maxProblems;
        this.previewSize = previewSize;
    }

    @Override
    public void accept(ObservationRow row) {
        countLine(row.line());
        MeasureDefinition measure = check.measure(row).orElse(null);
        ObservationRowCheck.Failure failure = check.failure(row, measure);
        if (failure != null) {
            reject(new RowProblem(row.line(), null, failure.message()));
            return;
        }
        ObservationRow resolved = resolve(row, measure, check);
        observations++;
        from = from == null || resolved.periodStart().isBefore(from) ? resolved.periodStart() : from;
        LocalDate last = lastDay(resolved);
        to = to == null || last.isAfter(to) ? last : to;
        if (preview.size() < previewSize) {
            preview.add(resolved);
        }
        staging.add(resolved);
    }

    @Override
    public void reject(RowProblem problem) {
        if (problem.line() > 0) {
            countLine(problem.line());
        }
        problemCount++;
        if (problems.size() < maxProblems) {
            problems.add(problem);
        }
    }

    static ObservationRow resolve(ObservationRow row, MeasureDefinition measure, ObservationRowCheck check) {
        String channel = check.channelOf(row);
        String currency = measure.isMoney() ? row.currency() : null;
        BigDecimal value = tidy(row.value());
        if (channel == row.channel() && currency == row.currency() && value == row.value()) {
            return row;
        }
        return new ObservationRow(row.line(), row.measure(), row.periodStart(), row.grain(), channel, row.campaign(),
                row.source(), value, currency);
    }

    /** {@code 36.150000} → {@code 36.15}, {@code 100.00} → {@code 100}; a whole number of scale 0 is returned as is. */
    private static BigDecimal tidy(BigDecimal value) {
        if (value.scale() == 0) {
            return value;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static LocalDate lastDay(ObservationRow row) {
        return switch (row.grain()) {
            case DAY -> row.periodStart();
            case WEEK -> row.periodStart().plusDays(6);
            case MONTH -> row.periodStart().plusMonths(1).minusDays(1);
            case QUARTER -> row.periodStart().plusMonths(3).minusDays(1);
            case YEAR -> row.periodStart().plusYears(1).minusDays(1);
        };
    }

    /** Tells {@code listener} the rows checked so far every {@value #PROGRESS_ROWS} rows. */
    void onProgress(LongConsumer listener) {
        this.everyFewRows = listener;
    }

    private void countLine(long line) {
        if (line != lastLine) {
            rows++;
            lastLine = line;
            if (rows % PROGRESS_ROWS == 0) {
                everyFewRows.accept(rows);
            }
        }
    }

    List<RowProblem> problems() {
        return problems;
    }

    long problemCount() {
        return problemCount;
    }

    List<ObservationRow> preview() {
        return preview;
    }

    long observations() {
        return observations;
    }

    long rows() {
        return rows;
    }

    LocalDate from() {
        return from;
    }

    LocalDate to() {
        return to;
    }
}

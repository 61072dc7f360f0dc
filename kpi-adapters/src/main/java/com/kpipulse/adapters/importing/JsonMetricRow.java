package com.kpipulse.adapters.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.input.DecimalInput;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One row of an API report (Metrica, GA4, VK Ads) being read: its period, dimensions and measure values, with the
 * problems found, named by JSON path. When complete it goes to an {@link ObservationCollector} like a table row.
 */
final class JsonMetricRow {

    private record Value(String measure, BigDecimal value, String currency, String path) {
    }

    private final long index;
    private final List<RowProblem> problems = new ArrayList<>();
    private final List<Value> values = new ArrayList<>();
    private final List<String> sourceParts = new ArrayList<>();
    private final List<String> identity = new ArrayList<>();
    LocalDate period;
    Grain grain = Grain.DAY;
    String campaign;
    String channel;
    private BigDecimal averageSeconds;
    private String averageSecondsPath;

    private final FlexibleDate dates;

    JsonMetricRow(long index, FlexibleDate dates) {
        this.index = index;
        this.dates = dates;
    }

    void dimension(String value) {
        identity.add(value);
    }

    void source(String part) {
        if (part != null) {
            sourceParts.add(part);
        }
    }

    void date(JsonNode node, String path, Grain grain) {
        switch (dates.parse(JsonArrays.text(node))) {
            case FlexibleDate.Value v -> {
                this.period = Period.of(grain, v.date()).start();
                this.grain = grain;
            }
            case FlexibleDate.Malformed m -> problem(path, m.reason());
            case FlexibleDate.Missing m -> problem(path, Message.of(FileProblemKind.DATE_MISSING));
        }
    }

    /** A number (JSON number or numeric string) for {@code measure}, multiplied by {@code scale}. */
    void value(String measure, JsonNode node, String path, BigDecimal scale, String currency) {
        BigDecimal scaled = number(node, path, scale);
        if (scaled == null) {
            return;
        }
        ObservationCollector.implausible(measure, scaled).ifPresentOrElse(reason -> problem(path, reason),
                () -> values.add(new Value(measure, scaled, currency, path)));
    }

    /** An average session duration in seconds, turned into total seconds once visits are known. */
    void averageSessionSeconds(JsonNode node, String path) {
        averageSeconds = number(node, path, BigDecimal.ONE);
        averageSecondsPath = path;
    }

    /** The number times {@code scale}, checked against the store's range after scaling; null when absent or bad. */
    private BigDecimal number(JsonNode node, String path, BigDecimal scale) {
        return switch (JsonArrays.number(node, scale)) {
            case LocaleNumber.Value v -> v.number();
            case LocaleNumber.Missing m -> null;
            case LocaleNumber.Malformed m -> {
                problem(path, m.reason());
                yield null;
            }
        };
    }

    List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    boolean hasValues() {
        return !values.isEmpty();
    }

    void problem(String path, Message message) {
        problems.add(new RowProblem(index, path, message));
    }

    /** Reports the problems, or hands the values to the collector. */
    void finish(ObservationCollector collector, RowSink sink) {
        if (period == null && problems.isEmpty()) {
            problem(null, Message.of(FileProblemKind.NO_DATE_DIMENSION));
        }
        if (averageSeconds != null && problems.isEmpty()) {
            values.stream().filter(v -> v.measure().equals("visits")).findFirst().ifPresent(visits -> {
                BigDecimal total = averageSeconds.multiply(visits.value()).setScale(0, RoundingMode.HALF_UP);
                // each of the two fits the store, their product need not
                DecimalInput.checkRange(total).ifPresentOrElse(outside -> problem(averageSecondsPath,
                                Message.of(FileProblemKind.VISIT_TIME_TOO_LARGE, outside.toMessage())),
                        () -> values.add(new Value("session_seconds", total, null, averageSecondsPath)));
            });
        }
        if (!problems.isEmpty()) {
            problems.forEach(sink::reject);
            return;
        }
        if (!collector.firstOccurrence(index, identity, values.stream().map(v -> v.value().toPlainString()).toList())) {
            return;
        }
        String source = sourceParts.isEmpty() ? null : String.join(" / ", sourceParts);
        for (Value v : values) {
            collector.accept(new ObservationRow(index, v.measure(), period, grain, channel, campaign, source,
                    v.value(), v.currency()), v.path());
        }
    }
}

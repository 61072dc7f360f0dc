package com.kpipulse.web.evaluation;

import com.kpipulse.application.evaluation.ValueSeries;
import com.kpipulse.domain.period.Grain;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;

/**
 * The query parameters of a values request ({@code from}, {@code to} inclusive, {@code grain}, repeatable
 * {@code channel}), checked with a readable reason per field.
 */
public record ValuesQuery(LocalDate from, LocalDate to, Grain grain, Set<String> channels, List<FieldError> errors) {

    /** Long spans at a fine grain would be thousands of points: a chart cannot show them, a page waits for them. */
    static final long MAX_POINTS = 1500;

    public record FieldError(String field, String message) {
    }

    public static ValuesQuery parse(String from, String to, String grain, List<String> channels) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        Grain chosen = Grain.WEEK;
        if (grain != null && !grain.isBlank()) {
            try {
                chosen = Grain.valueOf(grain.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("grain", "«" + grain + "» is not a grain: expected DAY, WEEK, MONTH, QUARTER or YEAR"));
            }
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(new FieldError("to", "«to» (" + end + ") is before «from» (" + start + ")"));
            } else if (chosen == Grain.DAY && ChronoUnit.DAYS.between(start, end) + 1 > MAX_POINTS) {
                errors.add(new FieldError("grain", "a span of more than " + MAX_POINTS + " days needs grain WEEK or MONTH"));
            }
        }
        Set<String> wanted = new LinkedHashSet<>();
        if (channels != null) {
            channels.stream().filter(channel -> channel != null && !channel.isBlank()).map(String::strip).forEach(wanted::add);
        }
        return new ValuesQuery(start, end, chosen, wanted, errors);
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldError(field, "«" + field + "» is required, as YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "«" + text + "» is not a date: expected YYYY-MM-DD, e.g. 2026-01-05"));
            return null;
        }
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /**
     * The answer of a values endpoint: 400 naming every bad parameter, 404 when {@code read} finds no such code, else
     * the series as JSON.
     */
    public static Response answer(String from, String to, String grain, List<String> channels,
                                  Function<ValuesQuery, Optional<ValueSeries>> read, String notFound) {
        ValuesQuery query = parse(from, to, grain, channels);
        if (!query.valid()) {
            return Response.status(400).entity(Map.of("errors", query.errors())).build();
        }
        return read.apply(query).map(series -> Response.ok(ValueSeriesJson.from(series)).build())
                .orElseThrow(() -> new NotFoundException(notFound));
    }
}

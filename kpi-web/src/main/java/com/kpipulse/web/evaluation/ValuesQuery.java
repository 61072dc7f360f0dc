package com.kpipulse.web.evaluation;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.evaluation.ValueSeries;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.web.access.AccessAnswers;
import com.kpipulse.web.text.AppMessages;
import com.kpipulse.web.text.Bundles;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The query parameters of a values request ({@code from}, {@code to} inclusive, {@code grain}, repeatable
 * {@code channel}), checked with a readable reason per field in both languages: dates strictly {@code YYYY-MM-DD}
 * inside the planning window, at most {@value #MAX_POINTS} periods of any grain, channel codes of a bounded length.
 */
public record ValuesQuery(LocalDate from, LocalDate to, Grain grain, Set<String> channels, List<FieldError> errors) {

    /** Long spans at a fine grain would be thousands of points: a chart cannot show them, a page waits for them. */
    static final long MAX_POINTS = 1500;
    private static final java.util.regex.Pattern CHANNEL_CODE = java.util.regex.Pattern.compile("[a-z][a-z0-9_]*");
    /** More channels than the department has are a mistake, not a question. */
    static final int MAX_CHANNELS = 50;

    /** A parameter that cannot be used: which one, the stable code of what is wrong, and why in English and Russian. */
    public record FieldError(String field, String code, String message, String messageRu) {

        public static FieldError of(String field, InputProblem problem) {
            return new FieldError(field, problem.kind().name(), problem.english(), problem.russian());
        }

        static FieldError of(String field, String code, LocalizedText reason) {
            return new FieldError(field, code, reason.en(), reason.ru());
        }
    }

    public static ValuesQuery parse(String from, String to, String grain, List<String> channels) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate start = date("from", from, errors);
        LocalDate end = date("to", to, errors);
        Grain chosen = Grain.WEEK;
        if (grain != null && !grain.isBlank()) {
            try {
                chosen = Grain.valueOf(grain.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                String shown = InputProblem.excerpt(grain);
                errors.add(FieldError.of("grain", "NOT_A_GRAIN",
                        Bundles.both(AppMessages.class, texts -> texts.problem_not_an_api_grain(shown))));
            }
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add(FieldError.of("to", "TO_BEFORE_FROM", Bundles.both(AppMessages.class,
                        texts -> texts.problem_to_before_from(end.toString(), start.toString()))));
            } else if (points(start, end, chosen) > MAX_POINTS) {
                errors.add(FieldError.of("grain", "TOO_MANY_POINTS", Bundles.both(AppMessages.class,
                        texts -> texts.problem_too_many_points(MAX_POINTS))));
            }
        }
        Set<String> wanted = new LinkedHashSet<>();
        if (channels != null) {
            for (String channel : channels) {
                if (channel == null || channel.isBlank()) {
                    continue;
                }
                var problem = TextInput.line(channel, TextInput.CODE);
                if (problem.isPresent()) {
                    errors.add(FieldError.of("channel", problem.get()));
                } else if (!CHANNEL_CODE.matcher(channel.strip()).matches()) {
                    String shown = InputProblem.excerpt(channel);
                    errors.add(FieldError.of("channel", "NOT_A_CHANNEL_CODE",
                            Bundles.both(AppMessages.class, texts -> texts.problem_not_a_channel_code(shown))));
                } else {
                    wanted.add(channel.strip());
                }
            }
            if (wanted.size() > MAX_CHANNELS) {
                errors.add(FieldError.of("channel", "TOO_MANY_CHANNELS",
                        Bundles.both(AppMessages.class, texts -> texts.problem_too_many_channels(MAX_CHANNELS))));
            }
        }
        return new ValuesQuery(start, end, chosen, wanted, errors);
    }

    /** How many periods of {@code grain} the span touches, counted without building them. */
    static long points(LocalDate from, LocalDate to, Grain grain) {
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return switch (grain) {
            case DAY -> days;
            case WEEK -> days / 7 + 2;
            case MONTH -> ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) + 1;
            case QUARTER -> ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.withDayOfMonth(1)) / 3 + 2;
            case YEAR -> to.getYear() - from.getYear() + 1;
        };
    }

    private static LocalDate date(String field, String text, List<FieldError> errors) {
        return switch (DateWindow.parsePlanned(text)) {
            case DateWindow.Parsed parsed -> parsed.day();
            case DateWindow.Refused refused -> {
                errors.add(FieldError.of(field, refused.problem()));
                yield null;
            }
        };
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    /** 400 naming every bad parameter. */
    public static Response rejected(List<FieldError> errors) {
        return Response.status(400).type(jakarta.ws.rs.core.MediaType.APPLICATION_JSON)
                .entity(Map.of("error", "invalid_input", "errors", errors)).build();
    }

    /**
     * The answer of a values endpoint: 400 naming every bad parameter, 404 when there is no such code, 403 when the
     * caller may not read it, else the series as JSON.
     */
    public static Response answer(String from, String to, String grain, List<String> channels,
                                  Function<ValuesQuery, Access<ValueSeries>> read, String what) {
        ValuesQuery query = parse(from, to, grain, channels);
        if (!query.valid()) {
            return rejected(query.errors());
        }
        return Response.ok(ValueSeriesJson.from(AccessAnswers.orRefuse(read.apply(query), what))).build();
    }
}

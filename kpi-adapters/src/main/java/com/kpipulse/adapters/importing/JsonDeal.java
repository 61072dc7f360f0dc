package com.kpipulse.adapters.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads the fields of one CRM record in a JSON response, collecting problems named by their JSON path. */
final class JsonDeal {

    private final long index;
    private final String array;
    private final JsonNode node;
    private final FlexibleDate dates;
    private List<RowProblem> problems = List.of();

    /**
     * The record at 1-based {@code index} of the array at path {@code array}; its own path ({@code result[4]}) is
     * written only for a problem, and the list of problems made only for the first: most records have none, and a
     * CRM export has a hundred thousand of them.
     */
    JsonDeal(long index, String array, JsonNode node, FlexibleDate dates) {
        this.index = index;
        this.array = array;
        this.node = node;
        this.dates = dates;
    }

    List<RowProblem> problems() {
        return problems;
    }

    String text(String field) {
        return JsonArrays.text(node.path(field));
    }

    LocalDate epochDate(String field, ZoneId zone, boolean required) {
        JsonNode value = node.path(field);
        if (value.isNull() || value.isMissingNode()) {
            if (required) {
                problem(field, Message.of(FileProblemKind.TIME_MISSING));
            }
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() && !value.asText().matches("\\d+")) {
            problem(field, Message.of(FileProblemKind.NOT_A_TIME, InputProblem.excerpt(value.asText())));
            return null;
        }
        return switch (dates.fromEpochSeconds(value.asLong(), zone)) {
            case FlexibleDate.Value v -> v.date();
            case FlexibleDate.Malformed m -> {
                problem(field, m.reason());
                yield null;
            }
            case FlexibleDate.Missing m -> null;
        };
    }

    LocalDate date(String field, boolean required) {
        return switch (dates.parse(text(field))) {
            case FlexibleDate.Value v -> v.date();
            case FlexibleDate.Malformed m -> {
                problem(field, m.reason());
                yield null;
            }
            case FlexibleDate.Missing m -> {
                if (required) {
                    problem(field, Message.of(FileProblemKind.DATE_MISSING_ISO));
                }
                yield null;
            }
        };
    }

    /** A non-negative amount (number or numeric string) the store can keep; null when absent. */
    BigDecimal amount(String field) {
        return switch (JsonArrays.number(node.path(field), BigDecimal.ONE)) {
            case LocaleNumber.Value v -> check(field, v.number());
            case LocaleNumber.Missing m -> null;
            case LocaleNumber.Malformed m -> {
                problem(field, m.reason());
                yield null;
            }
        };
    }

    private BigDecimal check(String field, BigDecimal value) {
        if (value.signum() < 0) {
            problem(field, Message.of(FileProblemKind.NEGATIVE_AMOUNT, value));
            return null;
        }
        return value;
    }

    void problem(String field, Message message) {
        if (problems.isEmpty()) {
            problems = new ArrayList<>();
        }
        problems.add(new RowProblem(index, array + "[" + (index - 1) + "]." + field, message));
    }

    /** The parts that are there, joined by " / "; null when none is (a loop: it runs for every deal of a file). */
    static String join(String... parts) {
        String joined = null;
        for (String part : parts) {
            if (part != null) {
                joined = joined == null ? part : joined + " / " + part;
            }
        }
        return joined == null || joined.isEmpty() ? null : joined;
    }
}

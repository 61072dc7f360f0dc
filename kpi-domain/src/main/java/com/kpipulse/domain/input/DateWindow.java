package com.kpipulse.domain.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The dates the product works with, the same for every way in (files, pulls, the API, forms, query parameters):
 * values from 2000 to a year ahead of today (a date outside is a typo or a unit mix-up, not marketing data); plans and
 * queries from 2000 to the end of 2099. Dates are read strictly as {@code YYYY-MM-DD} and bounded by length first, so
 * {@code -999999999-01-01} or a megabyte of digits never reach the calendar arithmetic.
 */
public final class DateWindow {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    /** The last day a plan, a goal or a query may name. */
    public static final LocalDate LATEST_PLANNED = LocalDate.of(2099, 12, 31);

    /** The outcome of reading a date. */
    public sealed interface Result {
    }

    public record Parsed(LocalDate day) implements Result {
    }

    public record Refused(InputProblem problem) implements Result {
    }

    private DateWindow() {
    }

    /** The last day a value may be about: a year ahead of {@code today}. */
    public static LocalDate latestValue(LocalDate today) {
        return today.plusYears(1);
    }

    /** Reads {@code YYYY-MM-DD} (surrounding spaces ignored) and checks it against the planning window. */
    public static Result parsePlanned(String text) {
        Result read = parseIso(text);
        if (read instanceof Parsed parsed) {
            Optional<InputProblem> outside = checkPlanned(parsed.day());
            if (outside.isPresent()) {
                return new Refused(outside.get());
            }
        }
        return read;
    }

    /** Reads {@code YYYY-MM-DD} and checks it against the window of values as of {@code today}. */
    public static Result parseValueDay(String text, LocalDate today) {
        Result read = parseIso(text);
        if (read instanceof Parsed parsed) {
            Optional<InputProblem> outside = checkValueDay(parsed.day(), today);
            if (outside.isPresent()) {
                return new Refused(outside.get());
            }
        }
        return read;
    }

    /** A day a value may be about: from {@link #EARLIEST} to a year ahead of {@code today}. */
    public static Optional<InputProblem> checkValueDay(LocalDate day, LocalDate today) {
        return outside(day, EARLIEST, latestValue(today));
    }

    /** A day a plan or a query may name: from {@link #EARLIEST} to {@link #LATEST_PLANNED}. */
    public static Optional<InputProblem> checkPlanned(LocalDate day) {
        return outside(day, EARLIEST, LATEST_PLANNED);
    }

    /** Strictly {@code YYYY-MM-DD}: four digits, two, two, and a day the calendar has; no window yet. */
    public static Result parseIso(String text) {
        if (text == null || text.isBlank()) {
            return new Refused(InputProblem.of(InputProblemKind.REQUIRED));
        }
        String s = text.strip();
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-' || !digits(s, 0, 4) || !digits(s, 5, 7)
                || !digits(s, 8, 10)) {
            return new Refused(InputProblem.of(InputProblemKind.NOT_A_DATE, InputProblem.excerpt(s)));
        }
        try {
            return new Parsed(LocalDate.of(Integer.parseInt(s, 0, 4, 10), Integer.parseInt(s, 5, 7, 10),
                    Integer.parseInt(s, 8, 10, 10)));
        } catch (DateTimeException e) {
            return new Refused(InputProblem.of(InputProblemKind.NOT_A_DATE, s));
        }
    }

    private static Optional<InputProblem> outside(LocalDate day, LocalDate earliest, LocalDate latest) {
        if (day.isBefore(earliest) || day.isAfter(latest)) {
            return Optional.of(InputProblem.of(InputProblemKind.DATE_OUT_OF_RANGE, day, earliest, latest));
        }
        return Optional.empty();
    }

    private static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}

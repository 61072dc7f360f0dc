package com.kpipulse.adapters.importing;

import com.kpipulse.domain.input.DateWindow;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.text.Message;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates reports write: {@code 2024-06-14}, {@code 14.06.2024}, {@code 20240614}, with an optional time
 * ({@code 2024-06-14 10:00:00}, {@code 2024-09-02T18:37:18+02:00}: the date as the source's clock shows it), and the
 * Google Ads UI forms {@code Sat, Nov 1, 2025} / {@code Nov 1, 2025}. A date before 2000 or more than a year ahead
 * is refused: it is a typo or a unit mix-up (seconds read as a date), not marketing data ({@link DateWindow}). "Ahead"
 * counts from the company's today, which the import use case reads from the application's clock (in the company's
 * time zone) once per import and hands to the preset ({@code ImportInput.Company#today}); a reader is made for it.
 * <p>
 * A cell longer than any of these forms is refused by its length before a pattern or a parser looks at it: some of
 * the patterns below would take time growing with the square of a long cell.
 */
public final class FlexibleDate {

    public static final LocalDate EARLIEST = DateWindow.EARLIEST;

    /** The longest cell read as a date: the longest form above, with nanoseconds and an offset, fits twice. */
    public static final int MAX_CHARACTERS = 64;

    /**
     * Unix times read as dates: from a day before {@link #EARLIEST} to the year 3000, a day's margin for every time
     * zone. Outside, the instant is not even computed (a {@code long} of seconds may be beyond what an
     * {@link Instant} holds) and the date is out of range.
     */
    private static final long EARLIEST_EPOCH_SECOND = EARLIEST.minusDays(1)
            .toEpochSecond(LocalTime.MIN, ZoneOffset.UTC);
    private static final long LATEST_EPOCH_SECOND = LocalDate.of(3000, 1, 1)
            .toEpochSecond(LocalTime.MIN, ZoneOffset.UTC);

    /** The outcome of reading one cell. */
    public sealed interface Result {
    }

    public record Value(LocalDate date) implements Result {
    }

    public record Missing() implements Result {
    }

    public record Malformed(Message reason) implements Result {
    }

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern SLASHED_ISO = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})(?:[T ].*)?");
    private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?: .*)?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern OFFSET = Pattern.compile(".*T.*(?:[+-]\\d{2}:?\\d{2}|Z)");
    private static final List<DateTimeFormatter> ENGLISH = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("EEE, MMM d, yyyy")
                    .toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMM d, yyyy")
                    .toFormatter(Locale.ENGLISH),
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("MMMM d, yyyy")
                    .toFormatter(Locale.ENGLISH));

    private final LocalDate latest;

    /** A reader of dates for an import on the company's {@code today}. */
    public FlexibleDate(LocalDate today) {
        this.latest = DateWindow.latestValue(today);
    }

    public Result parse(String cell) {
        if (cell != null && cell.length() > MAX_CHARACTERS) {
            int length = Cells.strippedLength(cell);
            if (length > MAX_CHARACTERS) {
                return new Malformed(Message.of(FileProblemKind.DATE_TOO_LONG, InputProblem.excerpt(cell), length,
                        MAX_CHARACTERS));
            }
        }
        if (Cells.isNull(cell)) {
            return new Missing();
        }
        String s = cell.strip();
        try {
            LocalDate date = recognise(s);
            if (date == null) {
                return new Malformed(Message.of(FileProblemKind.NOT_A_DATE, InputProblem.excerpt(cell)));
            }
            return inRange(date, cell);
        } catch (DateTimeException e) {
            // the form of a date, a day no calendar has (32.01.2024, 2024-02-30): said without the parser's words
            return new Malformed(Message.of(FileProblemKind.NOT_A_CALENDAR_DATE, InputProblem.excerpt(s)));
        }
    }

    /** A Unix timestamp in seconds (amoCRM), as a date in {@code zone}. */
    public Result fromEpochSeconds(long seconds, ZoneId zone) {
        if (seconds < EARLIEST_EPOCH_SECOND || seconds > LATEST_EPOCH_SECOND) {
            return outOfRange(Long.toString(seconds), latest);
        }
        LocalDate date = Instant.ofEpochSecond(seconds).atZone(zone).toLocalDate();
        // the text of the timestamp only for a message: a CRM export holds a hundred thousand of them
        return date.isBefore(EARLIEST) || date.isAfter(latest) ? outOfRange(Long.toString(seconds), latest)
                : new Value(date);
    }

    public Result inRange(LocalDate date, String cell) {
        if (date.isBefore(EARLIEST) || date.isAfter(latest)) {
            return outOfRange(cell, latest);
        }
        return new Value(date);
    }

    private static Malformed outOfRange(String cell, LocalDate latest) {
        return new Malformed(Message.of(FileProblemKind.DATE_OUT_OF_RANGE, InputProblem.excerpt(cell), EARLIEST,
                latest));
    }

    private static LocalDate recognise(String s) {
        // the two common forms read digit by digit, without regular expressions or substrings: large exports are
        // all one of them; LocalDate.of refuses a day the calendar lacks exactly as the general path does
        if (isDigits(s, "dddd-dd-dd")) {
            return LocalDate.of(number(s, 0, 4), number(s, 5, 7), number(s, 8, 10));
        }
        if (isDigits(s, "dd.dd.dddd")) {
            return LocalDate.of(number(s, 6, 10), number(s, 3, 5), number(s, 0, 2));
        }
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-'
                && s.replace("-", "").chars().allMatch(c -> c >= '0' && c <= '9')) {
            // dashes where digits belong ("2024--1-01"): a month or day of -1, refused as such by LocalDate.of
            return of(s.substring(0, 4), s.substring(5, 7), s.substring(8, 10));
        }
        if (OFFSET.matcher(s).matches()) {
            try {
                return OffsetDateTime.parse(s.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2")).toLocalDate();
            } catch (DateTimeParseException e) {
                // falls through to the date part
            }
        }
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = SLASHED_ISO.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = DOTTED.matcher(s);
        if (m.matches()) {
            return of(m.group(3), m.group(2), m.group(1));
        }
        m = COMPACT.matcher(s);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        for (DateTimeFormatter f : ENGLISH) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // tries the next form
            }
        }
        return null;
    }

    /** Whether {@code s} has the shape of {@code form}: a {@code d} for each ASCII digit, other characters as is. */
    private static boolean isDigits(String s, String form) {
        if (s.length() != form.length()) {
            return false;
        }
        for (int i = 0; i < form.length(); i++) {
            char c = s.charAt(i);
            if (form.charAt(i) == 'd' ? c < '0' || c > '9' : c != form.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The ASCII digits {@code from} to {@code to} of {@code s} as a number. */
    private static int number(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + s.charAt(i) - '0';
        }
        return n;
    }

    /** The date of three numeric parts; {@code null} (not a date) when a part is no number, such as «1-». */
    private static LocalDate of(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

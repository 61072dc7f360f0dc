package com.kpipulse.domain.period;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back the stable period codes {@link Period#code()} writes for a week, a month and a quarter: {@code 2026-W05},
 * {@code 2026-01}, {@code 2026-Q1}. A code is read only when the period writes exactly it again, so {@code 2026-W5},
 * {@code 2026-W54} or {@code 2026-Q5} are no periods.
 */
public final class PeriodCode {

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");

    private PeriodCode() {
    }

    /** The week, month or quarter with this code; empty for anything else. */
    public static Optional<Period> parse(String code) {
        if (code == null || code.length() > 8) {
            return Optional.empty();
        }
        try {
            return read(code).filter(period -> period.code().equals(code));
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<Period> read(String code) {
        Matcher week = WEEK.matcher(code);
        if (week.matches()) {
            return Optional.of(Period.isoWeek(Integer.parseInt(week.group(1)), Integer.parseInt(week.group(2))));
        }
        Matcher month = MONTH.matcher(code);
        if (month.matches()) {
            return Optional.of(Period.month(YearMonth.of(Integer.parseInt(month.group(1)),
                    Integer.parseInt(month.group(2)))));
        }
        Matcher quarter = QUARTER.matcher(code);
        if (quarter.matches()) {
            return Optional.of(Period.quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2))));
        }
        return Optional.empty();
    }
}

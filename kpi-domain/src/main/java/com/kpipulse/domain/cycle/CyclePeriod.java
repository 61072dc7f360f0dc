package com.kpipulse.domain.cycle;

import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a monitoring cycle looks at: an ISO week or a calendar month (seed 001: "track KPIs weekly or monthly"),
 * named by its code, {@code 2026-W05} or {@code 2026-01}.
 */
public record CyclePeriod(Period period) implements Comparable<CyclePeriod> {

    /** The years a cycle may be asked for: those the store keeps values and plans for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2099;

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    public CyclePeriod {
        Objects.requireNonNull(period, "period");
        Grain grain = period.grain().orElseThrow(() -> new IllegalArgumentException("A cycle is a week or a month: " + period));
        if (grain != Grain.WEEK && grain != Grain.MONTH) {
            throw new IllegalArgumentException("A cycle is a week or a month, not " + period);
        }
    }

    /** The week or month that contains {@code day}. */
    public static CyclePeriod of(Grain grain, LocalDate day) {
        return new CyclePeriod(Period.of(grain, day));
    }

    /**
     * The week ({@code 2026-W05}) or month ({@code 2026-01}) a code names, in the years {@value #FIRST_YEAR} to
     * {@value #LAST_YEAR}; empty for anything else (a week 53 only in years that have one).
     */
    public static Optional<CyclePeriod> parse(String code) {
        if (code == null || code.length() > 8) {
            return Optional.empty();
        }
        Matcher week = WEEK.matcher(code);
        if (week.matches()) {
            int year = Integer.parseInt(week.group(1));
            int number = Integer.parseInt(week.group(2));
            long weeks = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            return year >= FIRST_YEAR && year <= LAST_YEAR && number >= 1 && number <= weeks
                    ? Optional.of(new CyclePeriod(Period.isoWeek(year, number))) : Optional.empty();
        }
        Matcher month = MONTH.matcher(code);
        if (month.matches()) {
            int year = Integer.parseInt(month.group(1));
            int number = Integer.parseInt(month.group(2));
            return year >= FIRST_YEAR && year <= LAST_YEAR && number >= 1 && number <= 12
                    ? Optional.of(new CyclePeriod(Period.month(YearMonth.of(year, number)))) : Optional.empty();
        }
        return Optional.empty();
    }

    public Grain grain() {
        return period.grain().orElseThrow();
    }

    public String code() {
        return period.code();
    }

    public CyclePeriod previous() {
        return new CyclePeriod(period.previous());
    }

    /** A period whose last day is after the last whole day is still being filled: its figures may move. */
    public boolean provisionalOn(LocalDate lastWholeDay) {
        return period.lastDay().isAfter(lastWholeDay);
    }

    @Override
    public int compareTo(CyclePeriod other) {
        return period.compareTo(other.period);
    }

    @Override
    public String toString() {
        return code();
    }
}

package com.kpipulse.domain.period;

import com.kpipulse.domain.text.Dates;
import com.kpipulse.domain.text.Notation;
import com.kpipulse.domain.text.Texts;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of calendar days {@code [start, endExclusive)} in the company's time zone. Calendar
 * periods (day, ISO week starting Monday, month, quarter, year) are recognised from their dates,
 * so a custom range that happens to be a whole month behaves like that month.
 */
public record Period(LocalDate start, LocalDate endExclusive) implements Comparable<Period> {

    public Period {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!start.isBefore(endExclusive)) {
            throw new IllegalArgumentException("A period ends after it starts: " + start + " .. " + endExclusive);
        }
    }

    public static Period day(LocalDate day) {
        return new Period(day, day.plusDays(1));
    }

    public static Period isoWeek(int weekBasedYear, int week) {
        LocalDate monday = LocalDate.of(weekBasedYear, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new Period(monday, monday.plusWeeks(1));
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.plusMonths(1).atDay(1));
    }

    public static Period month(int year, int month) {
        return month(YearMonth.of(year, month));
    }

    public static Period quarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("A quarter is 1..4, got " + quarter);
        }
        LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
        return new Period(start, start.plusMonths(3));
    }

    public static Period year(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        return new Period(start, start.plusYears(1));
    }

    /** A custom range, both days included (how people say it: "from the 1st to the 15th"). */
    public static Period custom(LocalDate firstDay, LocalDate lastDay) {
        return new Period(firstDay, lastDay.plusDays(1));
    }

    /** The calendar period of the given grain that contains the day. */
    public static Period of(Grain grain, LocalDate anyDay) {
        return switch (grain) {
            case DAY -> day(anyDay);
            case WEEK -> {
                LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period(monday, monday.plusWeeks(1));
            }
            case MONTH -> month(YearMonth.from(anyDay));
            case QUARTER -> quarter(anyDay.getYear(), anyDay.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> year(anyDay.getYear());
        };
    }

    /** The last calendar period of the grain that is over by the end of {@code day}: the one ending that day, else the one before. */
    public static Period endingBy(Grain grain, LocalDate day) {
        Period containing = of(grain, day);
        return containing.lastDay().equals(day) ? containing : containing.previous();
    }

    /** The calendar period containing an instant, seen in the company's time zone. */
    public static Period containing(Instant instant, ZoneId companyZone, Grain grain) {
        return of(grain, instant.atZone(companyZone).toLocalDate());
    }

    /** Today's period of the given grain in the company's time zone. */
    public static Period current(Clock clock, ZoneId companyZone, Grain grain) {
        return containing(clock.instant(), companyZone, grain);
    }

    /** The calendar grain this period is exactly, if any. */
    public Optional<Grain> grain() {
        for (Grain grain : Grain.values()) {
            if (of(grain, start).equals(this)) {
                return Optional.of(grain);
            }
        }
        return Optional.empty();
    }

    public long days() {
        return ChronoUnit.DAYS.between(start, endExclusive);
    }

    public LocalDate lastDay() {
        return endExclusive.minusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(endExclusive);
    }

    /** True when the other period lies completely inside this one. */
    public boolean encloses(Period other) {
        return !other.start.isBefore(start) && !other.endExclusive.isAfter(endExclusive);
    }

    /** The previous period of the same grain; a custom range is shifted back by its own length. */
    public Period previous() {
        return grain().map(grain -> of(grain, start.minusDays(1)))
                .orElseGet(() -> new Period(start.minusDays(days()), start));
    }

    public Period next() {
        return grain().map(grain -> of(grain, endExclusive))
                .orElseGet(() -> new Period(endExclusive, endExclusive.plusDays(days())));
    }

    /**
     * The same period one year earlier: same month / quarter / year; for an ISO week the week with
     * the same number (week 53 becomes week 52); a day or custom range is moved by one calendar year.
     */
    public Period sameLastYear() {
        Optional<Grain> grain = grain();
        if (grain.isPresent() && grain.get() == Grain.WEEK) {
            int year = start.get(IsoFields.WEEK_BASED_YEAR) - 1;
            int week = start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            long weeksInYear = LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
            return isoWeek(year, (int) Math.min(week, weeksInYear));
        }
        return grain.map(g -> of(g, start.minusYears(1)))
                .orElseGet(() -> new Period(start.minusYears(1), endExclusive.minusYears(1)));
    }

    /** The calendar periods of the grain that cover this period, clipped to its edges. */
    public List<Period> split(Grain grain) {
        var parts = new ArrayList<Period>();
        LocalDate cursor = start;
        while (cursor.isBefore(endExclusive)) {
            Period calendar = of(grain, cursor);
            LocalDate end = calendar.endExclusive.isAfter(endExclusive) ? endExclusive : calendar.endExclusive;
            parts.add(new Period(cursor, end));
            cursor = end;
        }
        return List.copyOf(parts);
    }

    /**
     * The period as the reader names it: {@code неделя 47, 16–22 ноября 2026} / {@code week 47, 16–22 Nov 2026} (a
     * week's number alone does not say which year; its days do),
     * {@code ноябрь 2026} / {@code November 2026}, {@code 4 кв. 2026} / {@code Q4 2026}, {@code 2026}, a day as
     * {@link Dates#date} writes it, a custom range as its first and last day. Words and patterns come from the texts
     * bundle ({@link Notation}).
     */
    public String label(Locale locale) {
        return label(locale, Notation.WEEK);
    }

    /**
     * The label as the object of "for" in a sentence ("Нет данных за неделю 47 (16–22 ноября 2026) по выбранным
     * каналам"): Russian declines the week, and a week's days go in brackets so the sentence can go on after them;
     * every other label reads the same as {@link #label}.
     */
    public String labelAsObject(Locale locale) {
        return label(locale, Notation.WEEK_AS_OBJECT);
    }

    private String label(Locale locale, Notation week) {
        return grain().map(grain -> switch (grain) {
            case DAY -> Dates.date(start, locale);
            case WEEK -> Texts.render(week.key(), locale, Integer.toString(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                    Dates.days(start, lastDay(), locale));
            case MONTH -> Dates.month(start, locale);
            case QUARTER -> Texts.render(Notation.QUARTER.key(), locale,
                    Integer.toString(start.get(IsoFields.QUARTER_OF_YEAR)), Integer.toString(start.getYear()));
            case YEAR -> Integer.toString(start.getYear());
        }).orElseGet(() -> Texts.render(Notation.SPAN.key(), locale, Dates.date(start, locale),
                Dates.date(lastDay(), locale)));
    }

    /**
     * A stable code of the period for machines (the API, logs): {@code 2026-11-23}, {@code 2026-W47},
     * {@code 2026-11}, {@code 2026-Q4}, {@code 2026}, or {@code 2026-11-01..2026-11-15} for a custom range.
     */
    public String code() {
        return grain().map(grain -> switch (grain) {
            case DAY -> start.toString();
            case WEEK -> "%d-W%02d".formatted(start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(start).toString();
            case QUARTER -> "%d-Q%d".formatted(start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
            case YEAR -> Integer.toString(start.getYear());
        }).orElseGet(() -> start + ".." + lastDay());
    }

    @Override
    public int compareTo(Period other) {
        int byStart = start.compareTo(other.start);
        return byStart != 0 ? byStart : endExclusive.compareTo(other.endExclusive);
    }

    @Override
    public String toString() {
        return code();
    }
}

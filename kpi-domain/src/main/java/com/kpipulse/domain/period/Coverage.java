package com.kpipulse.domain.period;

import com.kpipulse.domain.text.Message;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How many days of a period the data cover, from its first day on: those that are over (up to the company's
 * yesterday) and that the sources have delivered. A period not covered to its last day is provisional: its figures are
 * to date, its target is pro-rated to the days covered, it is compared with the same days of other periods
 * ({@link PartOfPeriod}), and it says so ({@link #note()}).
 */
public record Coverage(Period period, long daysCovered) {

    public Coverage {
        Objects.requireNonNull(period, "period");
        if (daysCovered < 0 || daysCovered > period.days()) {
            throw new IllegalArgumentException("A period of " + period.days() + " days cannot have " + daysCovered
                    + " days covered");
        }
    }

    /** The days of {@code period} up to {@code lastDayCovered}: all of them, some, or none. */
    public static Coverage of(Period period, LocalDate lastDayCovered) {
        long days = ChronoUnit.DAYS.between(period.start(), lastDayCovered) + 1;
        return new Coverage(period, Math.clamp(days, 0, period.days()));
    }

    public static Coverage complete(Period period) {
        return new Coverage(period, period.days());
    }

    /** The days of the period. */
    public long days() {
        return period.days();
    }

    /** True while some of the period's days are not covered: it is still running, or its data are not all in. */
    public boolean provisional() {
        return daysCovered < period.days();
    }

    public Optional<LocalDate> lastDayCovered() {
        return daysCovered == 0 ? Optional.empty() : Optional.of(period.start().plusDays(daysCovered - 1));
    }

    /** The days covered as a part of the period, to compare like for like; empty when none is covered. */
    public Optional<PartOfPeriod> toDate() {
        return lastDayCovered().map(last -> new PartOfPeriod(period, Period.custom(period.start(), last)));
    }

    /**
     * What a page says about a provisional period («неполный период: данные по 03.12, 3 из 31 дня»); empty for a
     * complete one.
     */
    public Optional<Message> note() {
        if (!provisional()) {
            return Optional.empty();
        }
        return Optional.of(lastDayCovered()
                .map(last -> Message.of(CoverageNote.partial(days()), last, daysCovered, days()))
                .orElseGet(() -> Message.of(CoverageNote.NOTHING_COVERED)));
    }
}

package com.kpipulse.application.measure;

import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.period.Period;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a read needs of the whole months at the start of its span, before {@code daysFrom}, when every period asked
 * of them is whole months (a sparkline's months or quarters): the daily values of the {@code summed} measures only
 * as their months' sums, and those of the {@code atTheirEnds} measures (snapshots: a level at the end, or at the
 * start) only on each month's first and last day with a value, per channel, where a month's or a quarter's level
 * lies. Everything else comes as it is. ADR 27.
 *
 * @param daysFrom the first day read day by day: a month's first day, inside the span or at its end
 */
public record WholeMonths(LocalDate daysFrom, Set<MeasureCode> summed, Set<MeasureCode> atTheirEnds) {

    public WholeMonths {
        Objects.requireNonNull(daysFrom, "daysFrom");
        summed = Set.copyOf(summed);
        atTheirEnds = Set.copyOf(atTheirEnds);
        if (summed.stream().anyMatch(atTheirEnds::contains)) {
            throw new IllegalArgumentException("A measure is summed or taken at its months' ends, not both");
        }
    }

    /**
     * The months of {@code span} before {@link #daysFrom}; none when it is the span's first day.
     *
     * @throws IllegalArgumentException when they are not whole months, or {@code daysFrom} lies outside the span
     */
    public Optional<Period> of(Period span) {
        if (daysFrom.isBefore(span.start()) || daysFrom.isAfter(span.endExclusive())) {
            throw new IllegalArgumentException("The days read one by one begin inside " + span + ", not on " + daysFrom);
        }
        if (daysFrom.equals(span.start())) {
            return Optional.empty();
        }
        if (span.start().getDayOfMonth() != 1 || daysFrom.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("Only whole months are summed, not " + span.start() + " .. " + daysFrom);
        }
        return Optional.of(new Period(span.start(), daysFrom));
    }
}

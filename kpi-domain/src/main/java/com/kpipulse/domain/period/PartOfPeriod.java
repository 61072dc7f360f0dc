package com.kpipulse.domain.period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Some days of a period, compared like for like: the period before and the same period a year earlier are taken over
 * the same days of theirs (as many days after their start, as many days long, never past their end). Three days of
 * December are compared with the first three days of November, never with the whole of it; all of a period compares
 * with all of the other.
 */
public record PartOfPeriod(Period whole, Period part) {

    public PartOfPeriod {
        Objects.requireNonNull(whole, "whole");
        Objects.requireNonNull(part, "part");
        if (!whole.encloses(part)) {
            throw new IllegalArgumentException(part + " is not a part of " + whole);
        }
    }

    /** All days of the period. */
    public static PartOfPeriod all(Period period) {
        return new PartOfPeriod(period, period);
    }

    public boolean isAll() {
        return part.equals(whole);
    }

    /** The same days of the period before. */
    public PartOfPeriod previous() {
        return sameDaysOf(whole.previous());
    }

    /** The same days of the same period a year earlier. */
    public PartOfPeriod sameLastYear() {
        return sameDaysOf(whole.sameLastYear());
    }

    /** The days of this part from {@code first} to {@code last}, still a part of the same period; empty when none. */
    public Optional<PartOfPeriod> within(LocalDate first, LocalDate last) {
        LocalDate start = part.start().isAfter(first) ? part.start() : first;
        LocalDate end = part.lastDay().isBefore(last) ? part.lastDay() : last;
        return end.isBefore(start) ? Optional.empty() : Optional.of(new PartOfPeriod(whole, Period.custom(start, end)));
    }

    private PartOfPeriod sameDaysOf(Period other) {
        if (isAll()) {
            return all(other);
        }
        long offset = ChronoUnit.DAYS.between(whole.start(), part.start());
        LocalDate start = other.start().plusDays(Math.min(offset, other.days() - 1));
        LocalDate end = start.plusDays(part.days());
        return new PartOfPeriod(other, new Period(start, end.isAfter(other.endExclusive()) ? other.endExclusive() : end));
    }
}

package com.kpipulse.domain.cycle;

import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How much of a cycle's period one source system's data covers: its stored values reach {@code lastDay}, so they
 * cover {@code coveredDays} of the {@code dueDays} of the period that are over (up to the last whole day).
 */
public record SourceCompleteness(String sourceSystem, LocalDate lastDay, long coveredDays, long dueDays) {

    public SourceCompleteness {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(lastDay, "lastDay");
        if (coveredDays < 0 || dueDays < 0 || coveredDays > dueDays) {
            throw new IllegalArgumentException("0 <= covered <= due, got " + coveredDays + " of " + dueDays);
        }
    }

    /** The source's coverage of {@code period}, counting only the days up to {@code lastWholeDay}. */
    public static SourceCompleteness of(String sourceSystem, LocalDate lastDay, Period period, LocalDate lastWholeDay) {
        LocalDate dueUntil = period.lastDay().isBefore(lastWholeDay) ? period.lastDay() : lastWholeDay;
        long due = Math.max(0, ChronoUnit.DAYS.between(period.start(), dueUntil) + 1);
        LocalDate coveredUntil = lastDay.isBefore(dueUntil) ? lastDay : dueUntil;
        long covered = Math.max(0, ChronoUnit.DAYS.between(period.start(), coveredUntil) + 1);
        return new SourceCompleteness(sourceSystem, lastDay, Math.min(covered, due), due);
    }

    /** The covered share of the days due (1 when every day that is over is there); empty before the period starts. */
    public Optional<BigDecimal> share() {
        return dueDays == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(coveredDays).divide(BigDecimal.valueOf(dueDays), MathContext.DECIMAL64));
    }

    public boolean complete() {
        return coveredDays == dueDays;
    }
}

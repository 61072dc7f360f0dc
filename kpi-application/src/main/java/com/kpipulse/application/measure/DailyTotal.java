package com.kpipulse.application.measure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One source system's value of a measure in a channel on one day, summed over its campaigns and traffic sources: a
 * day of the series the anomaly check watches ({@code channel} {@code ""} for values without one; {@code currency}
 * null for measures without one).
 */
public record DailyTotal(String sourceSystem, String measure, String channel, LocalDate day, BigDecimal value,
                         String currency) {

    public DailyTotal {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(value, "value");
    }
}

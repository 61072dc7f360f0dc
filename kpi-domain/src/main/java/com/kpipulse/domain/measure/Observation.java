package com.kpipulse.domain.measure;

import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One number of one base measure for one period (usually a day) and one combination of dimension
 * values (channel, campaign, source). Money measures carry their currency.
 */
public record Observation(MeasureCode measure, Period period, Map<String, String> dimensions,
                          BigDecimal value, Optional<Currency> currency) {

    public Observation {
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(currency, "currency");
        dimensions = Map.copyOf(Objects.requireNonNull(dimensions, "dimensions"));
    }

    /** A daily observation without a currency (counts, seconds, minutes). */
    public static Observation daily(String measure, LocalDate day, Map<String, String> dimensions, BigDecimal value) {
        return new Observation(new MeasureCode(measure), Period.day(day), dimensions, value, Optional.empty());
    }

    /** A daily money observation. */
    public static Observation daily(String measure, LocalDate day, Map<String, String> dimensions, Money money) {
        return new Observation(new MeasureCode(measure), Period.day(day), dimensions, money.amount(),
                Optional.of(money.currency()));
    }

    public boolean matches(DimensionSelection selection) {
        return selection.accepts(dimensions);
    }
}

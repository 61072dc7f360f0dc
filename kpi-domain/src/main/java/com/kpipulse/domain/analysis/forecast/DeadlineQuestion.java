package com.kpipulse.domain.analysis.forecast;

import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.measure.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Currency;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a forecast to the deadline is asked about: a KPI that is a sum over days (revenue, orders, new customers,
 * visits), its daily values up to the last day whose data are in (history before the goal included: the model learns
 * the weekday pattern from it), and the goal's days and target.
 *
 * @param daily        the KPI's value per day; a day without an entry had no data (it adds nothing to the total)
 * @param lastKnownDay the last day whose data are in (usually yesterday); later days are forecast
 * @param target       the total to reach over {@code goalStart..deadline}, when the goal has one
 * @param unit         the KPI's unit, and {@code currency} for money, to write the totals
 */
public record DeadlineQuestion(NavigableMap<LocalDate, BigDecimal> daily, LocalDate goalStart, LocalDate deadline,
                               LocalDate lastKnownDay, Optional<BigDecimal> target, Direction direction, Unit unit,
                               Optional<Currency> currency) {

    public DeadlineQuestion {
        daily = Collections.unmodifiableNavigableMap(new TreeMap<>(Objects.requireNonNull(daily, "daily")));
        Objects.requireNonNull(goalStart, "goalStart");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(lastKnownDay, "lastKnownDay");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(currency, "currency");
        if (deadline.isBefore(goalStart)) {
            throw new IllegalArgumentException("The deadline " + deadline + " comes before the start " + goalStart);
        }
        if (target.isPresent() && target.get().signum() <= 0) {
            throw new IllegalArgumentException("A total to reach is above zero, got " + target.get());
        }
    }
}

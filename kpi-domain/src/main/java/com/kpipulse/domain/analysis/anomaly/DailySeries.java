package com.kpipulse.domain.analysis.anomaly;

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
 * The values one series received, day by day. A day without an entry is a day the source delivered nothing for
 * (which is not the same as a zero it delivered).
 *
 * @param currency the currency of a money measure, to write its figures; empty for counts and durations
 */
public record DailySeries(SeriesKey key, SeriesNames names, Unit unit, Optional<Currency> currency,
                          NavigableMap<LocalDate, BigDecimal> values) {

    public DailySeries {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(currency, "currency");
        values = Collections.unmodifiableNavigableMap(new TreeMap<>(Objects.requireNonNull(values, "values")));
    }

    public Optional<BigDecimal> on(LocalDate day) {
        return Optional.ofNullable(values.get(day));
    }
}

package com.kpipulse.application.measure;

import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link ValuesThatCount#perChannel(java.util.Set, Period, java.util.Set, WholeMonths)} answers, worked out
 * from what {@link ValuesThatCount#perChannel} answers: in the whole months, the daily values of the summed measures
 * become one value per measure, month, channel and currency, whose period is the month, and those of the measures
 * taken at their months' ends are kept on each month's first and last day with a value per channel only; everything
 * else is kept as it is. A store may answer it faster (the rollup of months, ADR 27); its contract test holds it to
 * this.
 */
public final class MonthSums {

    private static final Period ALL_DAYS = Period.custom(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 30));

    private MonthSums() {
    }

    /** {@code days}, a store's answer for {@code span}, as a read of {@code whole} answers it. */
    public static ObservationSet of(ObservationSet days, Period span, WholeMonths whole) {
        Optional<Period> months = whole.of(span);
        if (months.isEmpty()) {
            return days;
        }
        List<Observation> kept = new ArrayList<>();
        Map<Key, BigDecimal> sums = new LinkedHashMap<>();
        Map<Key, Ends> ends = new HashMap<>(); // per measure, month and channel
        List<Observation> atTheirEnds = new ArrayList<>();
        for (MeasureCode measure : days.measures()) {
            for (Observation observation : days.startingIn(measure, ALL_DAYS, DimensionSelection.all())) {
                boolean inMonths = observation.period().grain().equals(Optional.of(Grain.DAY))
                        && months.get().encloses(observation.period());
                if (inMonths && whole.summed().contains(measure)) {
                    sums.merge(Key.of(observation, observation.currency()), observation.value(), BigDecimal::add);
                } else if (inMonths && whole.atTheirEnds().contains(measure)) {
                    LocalDate day = observation.period().start();
                    ends.merge(Key.of(observation, Optional.empty()), new Ends(day, day), Ends::and);
                    atTheirEnds.add(observation);
                } else {
                    kept.add(observation);
                }
            }
        }
        for (Observation observation : atTheirEnds) {
            LocalDate day = observation.period().start();
            Ends of = ends.get(Key.of(observation, Optional.empty()));
            if (day.equals(of.first()) || day.equals(of.last())) {
                kept.add(observation);
            }
        }
        sums.forEach((key, value) -> kept.add(new Observation(key.measure(), Period.month(key.month()),
                key.dimensions(), value, key.currency())));
        return ObservationSet.of(kept);
    }

    /** A month's first and last day with a value. */
    private record Ends(LocalDate first, LocalDate last) {
        Ends and(Ends other) {
            return new Ends(first.isBefore(other.first) ? first : other.first,
                    last.isAfter(other.last) ? last : other.last);
        }
    }

    private record Key(MeasureCode measure, YearMonth month, Map<String, String> dimensions,
                       Optional<Currency> currency) {

        static Key of(Observation day, Optional<Currency> currency) {
            return new Key(day.measure(), YearMonth.from(day.period().start()), day.dimensions(), currency);
        }
    }
}

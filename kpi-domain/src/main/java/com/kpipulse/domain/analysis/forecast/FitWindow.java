package com.kpipulse.domain.analysis.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The latest days a model learns from, day by day up to the last known day, NaN for a day without data; it starts at
 * the first day with data, at most {@code fitDays} back.
 */
record FitWindow(LocalDate first, double[] values, int daysWithData) {

    static FitWindow of(NavigableMap<LocalDate, BigDecimal> daily, LocalDate lastDay, int fitDays) {
        NavigableMap<LocalDate, BigDecimal> known = daily.headMap(lastDay, true);
        if (known.isEmpty()) {
            return new FitWindow(lastDay.plusDays(1), new double[0], 0);
        }
        LocalDate earliest = lastDay.minusDays(fitDays - 1L);
        LocalDate first = known.firstKey().isAfter(earliest) ? known.firstKey() : earliest;
        double[] values = new double[(int) ChronoUnit.DAYS.between(first, lastDay) + 1];
        Arrays.fill(values, Double.NaN);
        int withData = 0;
        for (var entry : known.tailMap(first, true).entrySet()) {
            values[(int) ChronoUnit.DAYS.between(first, entry.getKey())] = entry.getValue().doubleValue();
            withData++;
        }
        return new FitWindow(first, values, withData);
    }

    /**
     * Last year's shape over these days and the {@code daysAhead} after them, when the history reaches back, from the
     * days up to the last of these only.
     */
    Optional<double[]> yearAgoShape(NavigableMap<LocalDate, BigDecimal> daily, int daysAhead) {
        LocalDate last = first.plusDays(values.length - 1L);
        return YearAgoShape.of(daily.headMap(last, true), first, values.length + daysAhead);
    }
}

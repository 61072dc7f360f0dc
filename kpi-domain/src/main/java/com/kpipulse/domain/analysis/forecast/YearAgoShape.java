package com.kpipulse.domain.analysis.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * Last year's shape around each day: the mean of the four weeks around the same day 52 weeks earlier (the same
 * weekday, so every weekday counts once per week). Dividing a day by it leaves how this year compares with last year
 * at that time, which moves slowly even when the season (a summer dip, a December peak) moves fast; a forecast of
 * that comparison times last year's shape follows the season. Only when the history reaches back a year before every
 * day asked about.
 */
final class YearAgoShape {

    static final int YEAR = 364;
    private static final int HALF_WINDOW = 14;
    /** Days of the four weeks that must have data for their mean to stand for them. */
    private static final int MINIMUM_DAYS = 24;

    private YearAgoShape() {
    }

    /** The shape for {@code days} days from {@code first}, or empty when the history does not reach back. */
    static Optional<double[]> of(NavigableMap<LocalDate, BigDecimal> daily, LocalDate first, int days) {
        if (daily.isEmpty() || daily.firstKey().isAfter(first.minusDays(YEAR + HALF_WINDOW))) {
            return Optional.empty();
        }
        double[] shape = new double[days];
        for (int i = 0; i < days; i++) {
            LocalDate yearAgo = first.plusDays(i - (long) YEAR);
            var window = daily.subMap(yearAgo.minusDays(HALF_WINDOW), true, yearAgo.plusDays(HALF_WINDOW - 1L), true);
            if (window.size() < MINIMUM_DAYS) {
                return Optional.empty();
            }
            double mean = window.values().stream().mapToDouble(BigDecimal::doubleValue).sum() / window.size();
            if (!(mean > 0)) {
                return Optional.empty();
            }
            shape[i] = mean;
        }
        double average = Arrays.stream(shape).average().orElseThrow();
        for (int i = 0; i < days; i++) {
            shape[i] /= average;
        }
        return Optional.of(shape);
    }

    static double[] flat(int days) {
        double[] shape = new double[days];
        Arrays.fill(shape, 1);
        return shape;
    }
}

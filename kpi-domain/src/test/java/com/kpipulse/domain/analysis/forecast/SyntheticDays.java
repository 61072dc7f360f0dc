package com.kpipulse.domain.analysis.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * A daily sum KPI (orders, revenue, visits) drawn from a seed, the way a shop's days go: a weekday pattern, a slow
 * trend, a level that wanders a little from day to day (a random walk), and day-to-day noise; counts get Poisson
 * noise besides.
 */
final class SyntheticDays {

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 6);

    private SyntheticDays() {
    }

    static NavigableMap<LocalDate, BigDecimal> draw(long seed, int days) {
        SplittableRandom random = new SplittableRandom(seed);
        double level = Math.exp(uniform(random, Math.log(30), Math.log(300_000)));
        double weekendDip = uniform(random, 0, 0.45);
        double profileSpread = uniform(random, 0, 0.15);
        double[] weekday = new double[7];
        for (int d = 0; d < 7; d++) {
            weekday[d] = profileSpread * random.nextGaussian() + (d >= 5 ? Math.log(1 - weekendDip) : 0);
        }
        double trendPerDay = Math.log(1 + uniform(random, -0.3, 0.6)) / 365;
        double wander = uniform(random, 0, 0.012);
        double sigma = uniform(random, 0.03, 0.15);
        boolean counts = random.nextBoolean();
        NavigableMap<LocalDate, BigDecimal> values = new TreeMap<>();
        double walk = 0;
        for (int t = 0; t < days; t++) {
            walk += wander * random.nextGaussian();
            LocalDate day = FIRST_DAY.plusDays(t);
            double mean = level * Math.exp(weekday[day.getDayOfWeek().ordinal()] + trendPerDay * t + walk
                    + sigma * random.nextGaussian() - sigma * sigma / 2);
            double value = counts ? poisson(random, mean) : mean;
            values.put(day, BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP));
        }
        return values;
    }

    private static double uniform(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    private static double poisson(SplittableRandom random, double mean) {
        if (mean > 500) {
            return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }
}

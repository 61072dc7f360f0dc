package com.kpipulse.domain.analysis.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.SplittableRandom;
import java.util.TreeMap;

import static com.kpipulse.domain.analysis.SyntheticDraws.poisson;
import static com.kpipulse.domain.analysis.SyntheticDraws.uniform;
import static com.kpipulse.domain.analysis.SyntheticDraws.weekdayProfile;

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
        double[] weekday = weekdayProfile(random);
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
}

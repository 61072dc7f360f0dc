package com.kpipulse.domain.analysis;

import java.util.random.RandomGenerator;

/**
 * The draws the analysis tests' synthetic data are made of (a series for the anomaly check, days for the forecast, a
 * company for the deviation analysis), each from the generator it is given, so a seed gives the same data every run.
 */
public final class SyntheticDraws {

    private SyntheticDraws() {
    }

    /** A number between {@code from} and {@code to}, every one as likely. */
    public static double uniform(RandomGenerator random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /**
     * A weekday profile as a shop's days have one (Monday first): a log factor a day, weekends dipping by up to 45 %
     * and every day spread by up to 15 % of its own.
     */
    public static double[] weekdayProfile(RandomGenerator random) {
        double weekendDip = uniform(random, 0, 0.45);
        double profileSpread = uniform(random, 0, 0.15);
        double[] weekday = new double[7];
        for (int d = 0; d < 7; d++) {
            weekday[d] = profileSpread * random.nextGaussian() + (d >= 5 ? Math.log(1 - weekendDip) : 0);
        }
        return weekday;
    }

    /** A Poisson count: drawn exactly up to a mean of 500, by the normal approximation above that. */
    public static double poisson(RandomGenerator random, double mean) {
        return mean > 500 ? poissonOfALargeMean(random, mean) : poissonOfASmallMean(random, mean);
    }

    /** A Poisson count of a small mean, drawn exactly (Knuth: uniforms multiplied until below e^-mean). */
    public static double poissonOfASmallMean(RandomGenerator random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** A Poisson count of a large mean, by the normal approximation, rounded and never below zero. */
    public static double poissonOfALargeMean(RandomGenerator random, double mean) {
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * random.nextGaussian()));
    }
}

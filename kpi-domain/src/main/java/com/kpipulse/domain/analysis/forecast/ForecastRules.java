package com.kpipulse.domain.analysis.forecast;

/**
 * How a forecast is made.
 *
 * @param fitDays  the days before the forecast the model learns from (the latest ones): long enough for the weekday
 *                 pattern to settle, short enough that last year's level does not weigh
 * @param interval the probability the interval should hold the total with (0.8: from the 10th to the 90th percentile)
 * @param widening how much wider than the fitted model's own one-day errors the simulated ones are drawn: the model's
 *                 parameters are estimates fitted to minimise those very errors, so they understate what comes (1.15
 *                 brings the 80 % interval to hold 80 % of totals in the synthetic back-test; see the doc)
 * @param paths    simulated futures
 * @param seed     of the simulation, so the same data give the same forecast
 */
public record ForecastRules(int fitDays, double interval, double widening, int paths, long seed) {

    public ForecastRules {
        if (fitDays < HoltWintersFit.MINIMUM_DAYS) {
            throw new IllegalArgumentException("At least " + HoltWintersFit.MINIMUM_DAYS + " days to fit on");
        }
        if (interval <= 0 || interval >= 1 || widening < 1 || paths < 100) {
            throw new IllegalArgumentException("An interval between 0 and 1, no narrowing, at least 100 paths");
        }
    }

    /** 26 weeks, an 80 % interval, errors 15 % wider, 4000 paths. */
    public static ForecastRules standard() {
        return new ForecastRules(182, 0.8, 1.15, 4000, 20_240_501L);
    }

    /** The days with data a forecast needs at the least. */
    public static int minimumDays() {
        return HoltWintersFit.MINIMUM_DAYS;
    }
}

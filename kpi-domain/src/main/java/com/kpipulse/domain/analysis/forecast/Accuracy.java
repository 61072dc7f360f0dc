package com.kpipulse.domain.analysis.forecast;

/**
 * How well forecasts did on a series' own past, each made at an origin from the days before it and compared with the
 * days that followed (held back).
 *
 * @param horizon                 days forecast from each origin
 * @param origins                 origins the figures are averaged over
 * @param mase                    the forecast's mean absolute error over the horizon, divided by the seasonal naive
 *                                forecast's mean one-day error inside the days fitted (below 1: better than repeating
 *                                last week, in-sample)
 * @param maseSeasonalNaive       the same for the seasonal naive forecast (same weekday last week) itself
 * @param totalError              the forecast's error on the horizon's total, as a share of the actual total
 * @param totalErrorSeasonalNaive the same for the seasonal naive forecast
 * @param intervalCoverage        the share of origins whose actual total lay inside the forecast's interval
 *                                (0.8 expected of an 80 % interval)
 */
public record Accuracy(int horizon, int origins, double mase, double maseSeasonalNaive, double totalError,
                       double totalErrorSeasonalNaive, double intervalCoverage) {

    /** The forecast's MASE over the seasonal naive one: below 1, the forecast beats repeating last week. */
    public double relativeMase() {
        return mase / maseSeasonalNaive;
    }
}

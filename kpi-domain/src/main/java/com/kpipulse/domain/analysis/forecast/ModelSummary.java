package com.kpipulse.domain.analysis.forecast;

import java.util.Objects;

/**
 * The model a forecast came from, for a reader who asks how it was made: Holt–Winters exponential smoothing with a
 * weekly season, fitted on the days before the forecast.
 *
 * @param yearAgoShape whether the model ran on the values divided by last year's shape around the same days (see
 *                     the doc), so the forecast follows the yearly season
 * @param alpha        how fast the level follows new days (0..1)
 * @param beta         how fast the slope follows (0 without a trend)
 * @param gamma        how fast the weekday pattern follows
 * @param phi          how much of the slope is left each next day (1 without a trend)
 * @param residualSd   the standard deviation of the one-day-ahead errors on the days fitted (on the scale the model
 *                     ran on: divided by last year's shape, when it was used)
 * @param daysFitted   days with data the model was fitted on
 */
public record ModelSummary(Seasonality seasonality, Trend trend, boolean yearAgoShape, double alpha, double beta,
                           double gamma, double phi, double residualSd, int daysFitted) {

    public ModelSummary {
        Objects.requireNonNull(seasonality, "seasonality");
        Objects.requireNonNull(trend, "trend");
    }
}

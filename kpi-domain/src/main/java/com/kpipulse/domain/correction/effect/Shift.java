package com.kpipulse.domain.correction.effect;

/**
 * How far the weeks of the window lie, on average, from the course the weeks before the start set, on the scale
 * compared (a log ratio or a plain difference).
 *
 * @param standardError     of the estimate, widened for the correlation of the noise from week to week
 * @param degreesOfFreedom  for Student's t: the weeks before, counted as fewer when they are correlated, less the
 *                          course's parameters
 * @param serialCorrelation the week-to-week correlation of the noise before the start, as used
 * @param trend             whether the course was a line, not only a level
 */
record Shift(double estimate, double standardError, double degreesOfFreedom, double serialCorrelation, boolean trend) {

    /** The interval that holds the true shift with {@code confidence}: estimate ± t × standard error. */
    double[] interval(double confidence) {
        double t = StudentT.quantile((1 + confidence) / 2, degreesOfFreedom);
        return new double[]{estimate - t * standardError, estimate + t * standardError};
    }
}

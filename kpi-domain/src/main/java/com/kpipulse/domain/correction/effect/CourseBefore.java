package com.kpipulse.domain.correction.effect;

/**
 * The course of a weekly series before the start — its level, or a straight line through it — carried on into the
 * measuring window, and how far the window's weeks are from it.
 * <p>
 * The noise is estimated from the weeks before only (the window's weeks may hold an effect that grows), as the
 * residuals' variance s² with n − p degrees of freedom. The mean of the window's m weeks then differs from the course
 * by noise of variance s² (1/m + 1/n + (x̄ₐ − x̄)² / Sxx), the last term only for a line (carrying a slope further out
 * is less sure).
 * <p>
 * Weeks next to each other are seldom quite independent (a campaign's good fortnight, a market's slow swing). The
 * lag-one correlation ρ of the residuals says how much: in a dozen weeks it comes out low by about (p + (p + 2) ρ) / n
 * (Marriott and Pope 1954 for a level; the same form serves a line, as
 * {@code TheCorrelationOfAFewWeeksIsFreedOfItsBiasTest} checks), so that bias is taken back and the result clipped to
 * 0 .. {@code maximumSerialCorrelation} (a negative estimate from a few weeks is noise; a large one, a drift more than
 * noise). The variance is then widened by (1 + ρ) / (1 − ρ), the factor for the mean of an AR(1) series, and Student's
 * t is read with the weeks' effective number n (1 − ρ) / (1 + ρ) less the parameters, as Santer et al. (2000) do for
 * trends in correlated series: correlated weeks are worth fewer.
 */
final class CourseBefore {

    private final double maximumSerialCorrelation;

    CourseBefore(double maximumSerialCorrelation) {
        this.maximumSerialCorrelation = maximumSerialCorrelation;
    }

    /**
     * @param positionsBefore the weeks before the start, in weeks from it, oldest first
     * @param before          their values on the scale compared
     * @param positionsAfter  the window's weeks
     * @param after           their values
     * @param trend           whether to carry on a line (else the level)
     */
    Shift shift(double[] positionsBefore, double[] before, double[] positionsAfter, double[] after, boolean trend) {
        int n = before.length;
        int parameters = trend ? 2 : 1;
        if (n <= parameters || after.length == 0) {
            throw new IllegalArgumentException(
                    "A course needs more weeks before than it has parameters, and a week after");
        }
        double meanPosition = mean(positionsBefore);
        double meanBefore = mean(before);
        double spreadOfPositions = 0;
        double covariance = 0;
        for (int i = 0; i < n; i++) {
            spreadOfPositions += square(positionsBefore[i] - meanPosition);
            covariance += (positionsBefore[i] - meanPosition) * (before[i] - meanBefore);
        }
        double slope = trend ? covariance / spreadOfPositions : 0;
        double[] residuals = new double[n];
        double squares = 0;
        for (int i = 0; i < n; i++) {
            residuals[i] = before[i] - (meanBefore + slope * (positionsBefore[i] - meanPosition));
            squares += square(residuals[i]);
        }
        double variance = squares / (n - parameters);
        double correlation = serialCorrelation(positionsBefore, residuals, squares, parameters);
        double meanPositionAfter = mean(positionsAfter);
        double estimate = mean(after) - (meanBefore + slope * (meanPositionAfter - meanPosition));
        double carried = trend ? square(meanPositionAfter - meanPosition) / spreadOfPositions : 0;
        double widening = (1 + correlation) / (1 - correlation);
        double standardError = Math.sqrt(variance * widening * (1.0 / after.length + 1.0 / n + carried));
        double effectiveWeeks = n / widening;
        return new Shift(estimate, standardError, Math.max(1, effectiveWeeks - parameters), correlation, trend);
    }

    /**
     * The lag-one correlation of the residuals over weeks next to each other, corrected for its bias in a short
     * series and clipped to 0 .. the maximum.
     */
    private double serialCorrelation(double[] positions, double[] residuals, double squares, int parameters) {
        if (squares == 0) {
            return 0;
        }
        double products = 0;
        for (int i = 1; i < residuals.length; i++) {
            if (positions[i] - positions[i - 1] == 1) {
                products += residuals[i] * residuals[i - 1];
            }
        }
        int n = residuals.length;
        double corrected = (products / squares + (double) parameters / n) / (1 - (parameters + 2.0) / n);
        return Math.clamp(corrected, 0, maximumSerialCorrelation);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }

    private static double square(double value) {
        return value * value;
    }
}

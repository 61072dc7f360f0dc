package com.kpipulse.domain.correction.budget;

import java.util.Optional;

/**
 * Fits {@link ResponseCurve} to weeks of spend and outcome by Gamma quasi-likelihood: the weekly noise of an outcome
 * is taken as multiplicative (a week 15 % off is as likely at any spend), which is what the deviance
 * {@code Σ outcome/fitted + ln fitted} weighs, and a week without outcome is a week like the others. For a given bend
 * the best scale is exact (the mean of {@code outcome / ln(1 + spend / bend)}), so only the bend is searched: over a
 * grid of its logarithm from 10⁻⁴ to 10² times the mean spend, then by golden section around the best grid point. One
 * number on a bounded range cannot run away as a free search of both could.
 */
final class CurveFit {

    private static final double LOWEST_BEND = Math.log(1e-4);
    private static final double HIGHEST_BEND = Math.log(1e2);
    private static final int GRID = 56;
    private static final int REFINEMENTS = 40;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private CurveFit() {
    }

    /**
     * The curve that fits the weeks best, or empty when there is nothing to fit (no outcome at all).
     *
     * @param spend   each week's spend, all above zero
     * @param outcome each week's outcome, not negative
     */
    static Optional<ResponseCurve> fit(double[] spend, double[] outcome) {
        double meanSpend = mean(spend);
        if (mean(outcome) <= 0) {
            return Optional.empty();
        }
        double step = (HIGHEST_BEND - LOWEST_BEND) / GRID;
        double best = LOWEST_BEND;
        double bestDeviance = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= GRID; i++) {
            double logBend = LOWEST_BEND + i * step;
            double deviance = deviance(spend, outcome, meanSpend * Math.exp(logBend));
            if (deviance < bestDeviance) {
                bestDeviance = deviance;
                best = logBend;
            }
        }
        double low = Math.max(LOWEST_BEND, best - step);
        double high = Math.min(HIGHEST_BEND, best + step);
        double left = high - GOLDEN * (high - low);
        double right = low + GOLDEN * (high - low);
        double leftDeviance = deviance(spend, outcome, meanSpend * Math.exp(left));
        double rightDeviance = deviance(spend, outcome, meanSpend * Math.exp(right));
        for (int i = 0; i < REFINEMENTS; i++) {
            if (leftDeviance <= rightDeviance) {
                high = right;
                right = left;
                rightDeviance = leftDeviance;
                left = high - GOLDEN * (high - low);
                leftDeviance = deviance(spend, outcome, meanSpend * Math.exp(left));
            } else {
                low = left;
                left = right;
                leftDeviance = rightDeviance;
                right = low + GOLDEN * (high - low);
                rightDeviance = deviance(spend, outcome, meanSpend * Math.exp(right));
            }
        }
        double bend = meanSpend * Math.exp((low + high) / 2);
        return Optional.of(new ResponseCurve(scale(spend, outcome, bend), bend));
    }

    /** The Gamma deviance with the best scale for {@code bend}, up to terms that do not depend on the curve. */
    private static double deviance(double[] spend, double[] outcome, double bend) {
        double logShape = 0;
        for (double s : spend) {
            logShape += Math.log(Math.log1p(s / bend));
        }
        return logShape + spend.length * Math.log(scale(spend, outcome, bend));
    }

    private static double scale(double[] spend, double[] outcome, double bend) {
        double sum = 0;
        for (int t = 0; t < spend.length; t++) {
            sum += outcome[t] / Math.log1p(spend[t] / bend);
        }
        return sum / spend.length;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.length;
    }
}

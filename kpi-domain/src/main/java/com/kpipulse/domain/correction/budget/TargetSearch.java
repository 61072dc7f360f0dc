package com.kpipulse.domain.correction.budget;

/**
 * The second mode's spread: along the best spreads of every total (the water-filling levels), the one with the most
 * spend, and so the most outcome, whose expected spend per unit of outcome stays within the target's ceiling. Along
 * those spreads the ratio first falls (money goes first to channels whose next unit returns more than the average)
 * and then rises, so the spreads within the ceiling are one stretch, found by a scan of the levels and halving at its
 * high-spend end. When none is within it, the spread with the best ratio.
 */
final class TargetSearch {

    private static final int SCAN = 400;
    private static final int HALVINGS = 100;

    /**
     * @param spend   the spread of the fitted channels
     * @param reached whether its expected efficiency meets the target
     */
    record Found(double[] spend, boolean reached) {
    }

    private final double otherSpend;
    private final double otherOutcome;

    /**
     * @param otherSpend   the weekly spend of the channels without a curve, kept as it is
     * @param otherOutcome their weekly outcome as it has been
     */
    TargetSearch(double otherSpend, double otherOutcome) {
        this.otherSpend = otherSpend;
        this.otherOutcome = otherOutcome;
    }

    /** The spread along {@code filling}'s levels; a ceiling of 0 asks for the best efficiency there is. */
    Found search(WaterFilling filling, double ceiling) {
        double low = Math.log(filling.lowestLevel());
        double high = Math.log(filling.highestLevel());
        double best = high;
        double bestRatio = ratio(filling, best);
        for (int i = 0; i <= SCAN; i++) {
            double level = low + (high - low) * i / SCAN;
            double ratio = ratio(filling, level);
            if (ratio < bestRatio) {
                best = level;
                bestRatio = ratio;
            }
        }
        if (bestRatio > ceiling) {
            return new Found(filling.atLevel(Math.exp(best)), false);
        }
        if (ratio(filling, low) <= ceiling) {
            return new Found(filling.atLevel(Math.exp(low)), true);
        }
        double within = best;
        double beyond = low;
        for (int i = 0; i < HALVINGS; i++) {
            double middle = (within + beyond) / 2;
            if (ratio(filling, middle) <= ceiling) {
                within = middle;
            } else {
                beyond = middle;
            }
        }
        return new Found(filling.atLevel(Math.exp(within)), true);
    }

    /** Spend per unit of outcome of the best spread at {@code logLevel}, the other channels included. */
    private double ratio(WaterFilling filling, double logLevel) {
        double[] spend = filling.atLevel(Math.exp(logLevel));
        double outcome = filling.outcome(spend) + otherOutcome;
        return outcome > 0 ? (WaterFilling.total(spend) + otherSpend) / outcome : Double.POSITIVE_INFINITY;
    }
}

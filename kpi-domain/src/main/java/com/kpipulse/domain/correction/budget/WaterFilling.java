package com.kpipulse.domain.correction.budget;

import java.util.List;

/**
 * The best spread of spend over channels with concave response curves, each between its bounds: every channel whose
 * spend is not at a bound gets the same marginal return (the level), and the channels at a bound are there because
 * even at the bound their marginal return is above the level (upper bound) or below it (lower bound). Lowering the
 * level pours more spend in, like water into vessels of different shapes; the total decides the level. For concave
 * curves this is the optimum (the Karush–Kuhn–Tucker conditions), not an approximation.
 */
final class WaterFilling {

    private static final int HALVINGS = 200;

    private final List<BaggedCurve> curves;
    private final double[] lower;
    private final double[] upper;

    WaterFilling(List<BaggedCurve> curves, double[] lower, double[] upper) {
        if (curves.size() != lower.length || curves.size() != upper.length) {
            throw new IllegalArgumentException("A bound per curve");
        }
        this.curves = List.copyOf(curves);
        this.lower = lower.clone();
        this.upper = upper.clone();
    }

    /** Each channel's spend where the next unit brings {@code level}, within its bounds. */
    double[] atLevel(double level) {
        double[] spend = new double[curves.size()];
        for (int i = 0; i < spend.length; i++) {
            BaggedCurve curve = curves.get(i);
            if (curve.marginalAt(lower[i]) <= level) {
                spend[i] = lower[i];
            } else if (curve.marginalAt(upper[i]) >= level) {
                spend[i] = upper[i];
            } else {
                spend[i] = Math.clamp(curve.spendAtMarginal(level), lower[i], upper[i]);
            }
        }
        return spend;
    }

    /** The highest level any channel can be at: above it every channel sits at its lower bound. */
    double highestLevel() {
        double highest = Double.MIN_VALUE;
        for (int i = 0; i < lower.length; i++) {
            highest = Math.max(highest, curves.get(i).marginalAt(lower[i]));
        }
        return highest;
    }

    /** The lowest level any channel can be at: below it every channel sits at its upper bound. */
    double lowestLevel() {
        double lowest = Double.MAX_VALUE;
        for (int i = 0; i < upper.length; i++) {
            lowest = Math.min(lowest, curves.get(i).marginalAt(upper[i]));
        }
        return lowest;
    }

    /** The level at which the spends add up to {@code total} (between the sums of the bounds), by halving its log. */
    double levelFor(double total) {
        double high = Math.log(highestLevel());
        double low = Math.log(lowestLevel());
        for (int i = 0; i < HALVINGS && high - low > 1e-15; i++) {
            double middle = (high + low) / 2;
            if (total(atLevel(Math.exp(middle))) > total) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return Math.exp((high + low) / 2);
    }

    /** The best spread of {@code total}. */
    double[] withTotal(double total) {
        return atLevel(levelFor(total));
    }

    /** The expected outcome of a spread. */
    double outcome(double[] spend) {
        double sum = 0;
        for (int i = 0; i < spend.length; i++) {
            sum += curves.get(i).outcomeAt(spend[i]);
        }
        return sum;
    }

    static double total(double[] spend) {
        double sum = 0;
        for (double value : spend) {
            sum += value;
        }
        return sum;
    }
}

package com.kpipulse.domain.correction.budget;

import java.util.List;

/**
 * The average of a channel's resampled curves: what the outcome is expected to be at a spend when the curve itself is
 * uncertain. Still concave and rising, as an average of such curves is. The average of one curve is that curve.
 */
final class BaggedCurve {

    private static final int HALVINGS = 100;

    private final List<ResponseCurve> curves;

    BaggedCurve(List<ResponseCurve> curves) {
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("An average of no curves");
        }
        this.curves = List.copyOf(curves);
    }

    double outcomeAt(double spend) {
        double sum = 0;
        for (ResponseCurve curve : curves) {
            sum += curve.outcomeAt(spend);
        }
        return sum / curves.size();
    }

    double marginalAt(double spend) {
        double sum = 0;
        for (ResponseCurve curve : curves) {
            sum += curve.marginalAt(spend);
        }
        return sum / curves.size();
    }

    /**
     * The spend at which the next unit brings {@code marginal} on average, by halving between the spends where the
     * curves' own marginal returns are the one asked (for one curve, its own spend at once).
     */
    double spendAtMarginal(double marginal) {
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (ResponseCurve curve : curves) {
            double spend = curve.spendAtMarginal(marginal);
            low = Math.min(low, spend);
            high = Math.max(high, spend);
        }
        low = Math.max(0, low);
        for (int i = 0; i < HALVINGS && high - low > 1e-9 * Math.max(1, Math.abs(high)); i++) {
            double middle = (low + high) / 2;
            if (marginalAt(middle) > marginal) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }
}

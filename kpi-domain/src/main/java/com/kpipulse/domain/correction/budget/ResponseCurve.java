package com.kpipulse.domain.correction.budget;

/**
 * A channel's weekly outcome as a function of its weekly spend, with diminishing returns:
 * {@code outcome = scale · ln(1 + spend / bend)}. It passes through zero (no spend, nothing attributed), rises ever
 * more slowly, and its marginal return {@code scale / (bend + spend)} falls as spend grows: at {@code spend = bend} the
 * next rouble brings half what the first did. A large {@code bend} against the spend is a channel far from saturation
 * (returns nearly proportional), a small one a saturated channel.
 *
 * @param scale outcome per unit of {@code ln(1 + spend / bend)}, above zero
 * @param bend  the spend at which the marginal return has halved, above zero
 */
public record ResponseCurve(double scale, double bend) {

    public ResponseCurve {
        if (!(scale > 0) || !(bend > 0) || Double.isInfinite(scale) || Double.isInfinite(bend)) {
            throw new IllegalArgumentException("A response curve has a positive scale and bend, got " + scale + ", "
                    + bend);
        }
    }

    public double outcomeAt(double spend) {
        return scale * Math.log1p(spend / bend);
    }

    /** Outcome per unit of spend of the next unit spent: roubles per rouble, or orders per rouble. */
    public double marginalAt(double spend) {
        return scale / (bend + spend);
    }

    /** The spend at which the next unit brings {@code marginal}; below zero when even the first brings less. */
    public double spendAtMarginal(double marginal) {
        return scale / marginal - bend;
    }
}

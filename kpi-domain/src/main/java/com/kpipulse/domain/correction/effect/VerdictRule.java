package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.kpi.Direction;

/**
 * The verdict on an effect's interval: it worked when the whole interval lies on the good side of zero, it made
 * things worse when the whole interval lies on the bad side, it had no effect when the whole interval lies inside the
 * band around zero that counts as no change (an equivalence test: the data rule out any change that matters, not
 * merely fail to show one), and otherwise the data cannot tell.
 */
final class VerdictRule {

    private VerdictRule() {
    }

    /**
     * @param low  the interval's lower end, on a scale where zero is no change
     * @param high its upper end
     * @param band the half-width of the band of no change, on the same scale
     */
    static EffectVerdict judge(double low, double high, double band, Direction wanted) {
        boolean higher = wanted == Direction.HIGHER_IS_BETTER;
        if (low > 0) {
            return higher ? EffectVerdict.WORKED : EffectVerdict.WORSE;
        }
        if (high < 0) {
            return higher ? EffectVerdict.WORSE : EffectVerdict.WORKED;
        }
        return low >= -band && high <= band ? EffectVerdict.NO_EFFECT : EffectVerdict.INCONCLUSIVE;
    }

    /** Where the expected change stands against the interval, reading "short of it" the way the action wanted. */
    static ExpectedSize expected(double expected, double low, double high, Direction wanted) {
        if (expected >= low && expected <= high) {
            return ExpectedSize.WITHIN;
        }
        boolean intervalBelow = high < expected;
        boolean wantedHigher = wanted == Direction.HIGHER_IS_BETTER;
        return intervalBelow == wantedHigher ? ExpectedSize.SHORT_OF_IT : ExpectedSize.BEYOND;
    }
}

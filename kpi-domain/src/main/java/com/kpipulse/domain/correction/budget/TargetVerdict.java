package com.kpipulse.domain.correction.budget;

import java.util.Objects;

/**
 * How the second mode's proposal stands against the efficiency target. The efficiency is in the target's own terms:
 * spend per unit of outcome for {@link EfficiencyTarget.MaxCost}, ROMI as a fraction for {@link EfficiencyTarget.MinRomi}.
 */
public sealed interface TargetVerdict {

    EfficiencyTarget target();

    /** The proposal's expected efficiency meets the target. */
    record Reached(EfficiencyTarget target, Estimate efficiency) implements TargetVerdict {

        public Reached {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(efficiency, "efficiency");
        }
    }

    /** No spread within the limits meets it; the proposal is the spread with the best expected efficiency. */
    record OutOfReach(EfficiencyTarget target, Estimate best) implements TargetVerdict {

        public OutOfReach {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(best, "best");
        }
    }
}

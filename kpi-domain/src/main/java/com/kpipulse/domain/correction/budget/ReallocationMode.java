package com.kpipulse.domain.correction.budget;

import java.util.Objects;

/** What the proposal optimises. */
public sealed interface ReallocationMode {

    /** The same total weekly spend, moved between channels so that the expected outcome is the largest. */
    record KeepTotal() implements ReallocationMode {
    }

    /**
     * The total is free within each channel's limit: the largest expected outcome whose expected efficiency meets
     * {@code target}. When the target is missed now this is the smallest cut that reaches it; when it is met, the
     * room there is to grow while it stays met. Out of reach, the best efficiency the limits allow.
     */
    record ReachTarget(EfficiencyTarget target) implements ReallocationMode {

        public ReachTarget {
            Objects.requireNonNull(target, "target");
        }
    }
}

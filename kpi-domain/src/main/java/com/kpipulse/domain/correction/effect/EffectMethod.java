package com.kpipulse.domain.correction.effect;

/** How the effect was told apart from what would have happened anyway. */
public enum EffectMethod {
    /**
     * Difference in differences: the action's channels against the channels it did not touch, before and after, so a
     * season, a market shift or a tracking change that hits every channel cancels out.
     */
    DID,
    /**
     * Interrupted time series: the KPI's own course before the start (its level, and its trend when there are enough
     * weeks), carried on into the window; used when no channel was left untouched to compare with.
     */
    ITS
}

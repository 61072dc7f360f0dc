package com.kpipulse.domain.correction.effect;

/** On which scale weeks are compared. */
public enum EffectScale {
    /**
     * Logarithms of the weekly values: a change is a ratio (+10 % whatever the level), which is how a season or a
     * common shock moves channels of different sizes. Used whenever every weekly value compared is above zero.
     */
    RATIO,
    /** Plain differences, for a KPI that can be zero or below in a week (profit, ROMI). */
    DIFFERENCE
}

package com.kpipulse.application.goal;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * What the goal use cases tell beside the SMART check: why a KPI of a goal has no value yet, why a target cannot be
 * phased. Sentences under {@code goal_note.<kind>} in the texts bundle.
 */
public enum GoalNoteKind implements MessageKind {
    /** A week of the history that has not ended. */
    WEEK_NOT_OVER,
    /** A goal's KPI that the catalog no longer has. */
    KPI_NOT_IN_CATALOG,
    /** A goal whose first day has not come. */
    GOAL_NOT_BEGUN,
    /** A phasing asked for without a catalog KPI, a target or a deadline. */
    PHASING_NEEDS_KPI_TARGET_AND_DEADLINE,
    /** Growth over a baseline that has no value. */
    BASELINE_WITHOUT_VALUE,
    /** {0} the KPI, {1} why its target cannot be phased by season. */
    SEASONAL_PHASING_UNAVAILABLE;

    @Override
    public String key() {
        return "goal_note." + name().toLowerCase(Locale.ROOT);
    }
}

package com.kpipulse.domain.goal;

public enum FindingKind {
    NO_TITLE,
    NO_OBJECTIVE,
    NO_KPI,
    NO_TARGET,
    UNKNOWN_KPI,
    TOO_MANY_KPIS,
    NO_DEADLINE,
    DEADLINE_BEFORE_START,
    REALISM_TYPICAL,
    REALISM_AMBITIOUS_BUT_SEEN_BEFORE,
    REALISM_NEVER_ACHIEVED,
    /** The pace the KPI keeps now already reaches the target: nothing to achieve. */
    REALISM_TOO_EASY,
    REALISM_UNKNOWN,
    /** Another goal sets a target for the same KPI over some of the same days. */
    OVERLAPS_ANOTHER_GOAL,
    /** Manual phasing that does not give each week of the goal exactly one figure. */
    PHASING_WEEKS_NOT_COVERED,
    /** Manual phasing of a total whose weekly figures do not add up to the target. */
    PHASING_SUM_MISMATCH,
    /** Manual phasing without a target to check the weeks against (none, or a total given as growth). */
    PHASING_NEEDS_A_FIGURE,
    /** Seasonal phasing without last year's values to copy the shape from (the scorecards phase evenly meanwhile). */
    PHASING_SEASONAL_UNAVAILABLE
}

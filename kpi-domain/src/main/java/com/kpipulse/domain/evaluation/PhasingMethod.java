package com.kpipulse.domain.evaluation;

/** How a goal KPI's target is spread over the goal's weeks. */
public enum PhasingMethod {
    /** In proportion to the days of each part (a clipped week gets less). */
    EVEN,
    /** In proportion to the KPI's value in the same period last year. */
    SEASONAL,
    /** Typed by hand, one figure per week of the goal: a part of the total, or a rate's level in that week. */
    MANUAL
}

package com.kpipulse.domain.evaluation;

public enum PhasingMethod {
    /** In proportion to the days of each part (a clipped week gets less). */
    EVEN,
    /** In proportion to the KPI's value in the same period last year. */
    SEASONAL
}

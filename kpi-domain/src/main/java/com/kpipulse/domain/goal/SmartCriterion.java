package com.kpipulse.domain.goal;

public enum SmartCriterion {
    SPECIFIC, MEASURABLE, ACHIEVABLE, RELEVANT, TIME_BOUND
}

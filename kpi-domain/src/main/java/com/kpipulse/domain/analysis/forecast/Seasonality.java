package com.kpipulse.domain.analysis.forecast;

/** How the weekday pattern combines with the level. */
public enum Seasonality {
    /** Tuesdays bring so many more than the level: the pattern stays the same size as the level moves. */
    ADDITIVE,
    /** Tuesdays bring so many times the level: the pattern grows with the level (needs values above zero). */
    MULTIPLICATIVE
}

package com.kpipulse.domain.analysis.forecast;

/** Whether the level is expected to keep moving. */
public enum Trend {
    /** The level stays where it is now. */
    NONE,
    /** The level keeps its current slope, but less every day (damped), so a short rise is not carried on forever. */
    DAMPED
}

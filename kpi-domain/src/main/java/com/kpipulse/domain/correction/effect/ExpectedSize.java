package com.kpipulse.domain.correction.effect;

/** Where the change the action was expected to make stands against the measured interval. */
public enum ExpectedSize {
    /** The whole interval falls short of the expected change. */
    SHORT_OF_IT,
    /** The expected change lies inside the interval. */
    WITHIN,
    /** The whole interval goes beyond the expected change. */
    BEYOND
}

package com.kpipulse.domain.analysis.anomaly;

/** Which way a delivered value left its usual range. */
public enum Deviation {
    /** Far below the usual value. */
    DROP,
    /** Far above the usual value. */
    SPIKE,
    /** Zero where the usual value is well above zero: often a broken tracker or export rather than a bad day. */
    ZERO
}

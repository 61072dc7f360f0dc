package com.kpipulse.domain.goal;

public enum Severity {
    /** The goal cannot be tracked like this. */
    ERROR,
    /** Allowed, but one of the seed's typical mistakes. */
    WARNING,
    /** Good to know. */
    INFO
}

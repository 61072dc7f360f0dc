package com.kpipulse.domain.period;

/**
 * The length of a calendar period. Weeks are ISO weeks (Monday start).
 */
public enum Grain {
    DAY, WEEK, MONTH, QUARTER, YEAR
}

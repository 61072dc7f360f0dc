package com.kpipulse.domain.kpi;

/** Seed 000: strategic (market share, profitability), analytical (compared across periods), operational (watched to react). */
public enum Level {
    STRATEGIC, ANALYTICAL, OPERATIONAL
}

package com.kpipulse.domain.measure;

/**
 * How the observations of a measure inside a period (and over several dimension values) become
 * one number.
 */
public enum Aggregation {
    /** Summed over days, periods and dimension values (revenue, visits, orders). */
    ADDITIVE,
    /**
     * A level at a moment (followers, receivables, customer base at the end): per series (one
     * combination of dimension values) the last value in the period, then summed over series.
     */
    SNAPSHOT,
    /**
     * A level at the opening of the period (customer base at the start): per series the first
     * value in the period, then summed over series.
     */
    OPENING_SNAPSHOT,
    /**
     * A distinct count that belongs to one period (unique visitors, active customers, market
     * volume). Rule: only observations recorded for exactly the period asked are used; they are
     * summed over dimension values (channels) but never over periods, because the same visitor
     * can come back in the next week.
     */
    ADDITIVE_PER_PERIOD;

    public boolean isSnapshot() {
        return this == SNAPSHOT || this == OPENING_SNAPSHOT;
    }
}

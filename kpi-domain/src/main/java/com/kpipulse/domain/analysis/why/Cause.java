package com.kpipulse.domain.analysis.why;

/**
 * Why a KPI deviated, in seed 001's words (wrong channel, insufficient budget, weak strategy) plus what the numbers
 * themselves say. Declared in the order that decides between causes explaining about as much: the deeper explanation
 * first (broken data explains a channel's drop; the season or the budget explain why every channel moved).
 */
public enum Cause {
    /** The period's inputs are incomplete or anomalous (a flag the caller gives) where the change is. */
    DATA,
    /** The same periods a year earlier made the same move, within noise. */
    SEASON,
    /** Spend moved against the reference while efficiency (CPC, conversion, average check) stayed within its noise. */
    BUDGET,
    /** Efficiency moved broadly, in most channels. */
    STRATEGY,
    /** One or two channels explain at least two thirds of the change. */
    CHANNEL,
    /** The change is within the KPI's usual noise. */
    NONE,
    /** Beyond noise, but none of the above explains a third of it: the evidence names the largest driver. */
    UNEXPLAINED
}

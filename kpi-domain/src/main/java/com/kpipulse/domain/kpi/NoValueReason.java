package com.kpipulse.domain.kpi;

/** Why a KPI has no value for a period. */
public enum NoValueReason {
    /** No observation of a measure the formula needs, in the period and selection. */
    NO_DATA,
    /** A growth KPI in its first period: nothing to compare with. */
    NO_PREVIOUS_PERIOD,
    /** A ratio whose denominator is 0: neither 0 nor infinity would be true. */
    ZERO_DENOMINATOR,
    /** Amounts in different currencies would have to be added or divided. */
    CURRENCY_MIX,
    /** A money observation without a currency. */
    MISSING_CURRENCY,
    /** A per-period count (unique visitors) asked for a period it was not recorded for. */
    NOT_ADDITIVE_ACROSS_PERIODS
}

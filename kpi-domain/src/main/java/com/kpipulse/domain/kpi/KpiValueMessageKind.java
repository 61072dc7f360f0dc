package com.kpipulse.domain.kpi;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * Why the KPI engine has no value for a KPI in a period ({@link NoValueReason} is the coarse code): sentences under
 * {@code kpi_value.<kind>} in the texts bundle. Periods are arguments written by each language, with the channels or
 * campaigns chosen when only some are.
 */
public enum KpiValueMessageKind implements MessageKind {
    /** {0} the previous period. */
    NO_PREVIOUS_PERIOD,
    /** {0}, {2} the two sides of the formula, {1}, {3} their currencies. */
    CURRENCIES_OF_TWO_SIDES,
    /** {0} the denominator, {1} the period. */
    ZERO_DENOMINATOR,
    /** {0} the measure, {1} the period. */
    NOT_ADDITIVE_ACROSS_PERIODS,
    /** {0} the measure, {1} the period. */
    NO_DATA,
    /** {0} how many rows, {1} the measure, {2} the period. */
    MISSING_CURRENCY,
    /** {0} the measure, {1} the period, {2} the currencies. */
    CURRENCY_MIX;

    @Override
    public String key() {
        return "kpi_value." + name().toLowerCase(Locale.ROOT);
    }
}

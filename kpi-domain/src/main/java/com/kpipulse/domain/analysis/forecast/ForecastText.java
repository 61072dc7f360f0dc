package com.kpipulse.domain.analysis.forecast;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/** What a forecast to the deadline tells a person (key {@code forecast.<kind>} in the texts bundle). */
public enum ForecastText implements MessageKind {
    /**
     * {0}: the expected share of the plan, {1}, {2}: the interval's ends (digits), {3}: the deadline, {4}: the
     * chance.
     */
    PACE,
    /** {0}: the deadline, {1}: the expected total, {2}, {3}: the interval's ends. */
    PACE_WITHOUT_TARGET,
    /** {0}: the deadline, {1}: the share of the plan reached, {2}: the total. */
    FINAL,
    /** {0}: the deadline, {1}: the total. */
    FINAL_WITHOUT_TARGET,
    /** {0}: days with data, {1}: the last of them, {2}: days needed. */
    TOO_LITTLE_HISTORY;

    @Override
    public String key() {
        return "forecast." + name().toLowerCase(Locale.ROOT);
    }
}

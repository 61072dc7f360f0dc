package com.kpipulse.domain.analysis.anomaly;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/** What the check of incoming data tells a person (key {@code anomaly.<kind>} in the texts bundle). */
public enum AnomalyText implements MessageKind {
    /** {0}: the source's name, {1}: the measure's. */
    SERIES,
    /** {0}: the source's name, {1}: the measure's, {2}: the channel's. */
    SERIES_IN_CHANNEL,
    /**
     * {0}: the series, {1}: the change (−62 %), {2}: the usual weekday, {3}: the value, {4}: the usual value, {5}: the
     * day.
     */
    DROP,
    /** As {@link #DROP}, {1} a rise (+40 %) or a multiple (×2,3). */
    SPIKE,
    /** {0}: the series, {1}: the day, {2}: the usual value. */
    ZERO,
    /** {0}: the series, {1}: the day, {2}: the usual value. */
    MISSING,
    /** {0}: the series, {1}: the window in weeks, {2}: days with data in it, {3}: days needed. */
    TOO_LITTLE_HISTORY,
    /** {0}: the series, {1}: zero days, {2}: days with data. */
    MOSTLY_ZEROS,
    /** {0}: the series. */
    NEGATIVE_VALUES;

    @Override
    public String key() {
        return "anomaly." + name().toLowerCase(Locale.ROOT);
    }
}

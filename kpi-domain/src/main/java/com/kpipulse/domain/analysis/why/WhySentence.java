package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * The sentences of the analysis "why a KPI deviates", in {@code texts.properties} under {@code why.*}. A cause's
 * sentence starts with a lead: the headline ({@link #DEVIATION}) for the cause itself, "Также" ({@link #ALSO}) for the
 * findings that follow.
 */
public enum WhySentence implements MessageKind {
    /** {0} the KPI, {1} its change (a percentage), {2} the reference ({@link ReferenceKind}), {3} the change in its unit. */
    DEVIATION,
    /** The lead of a finding after the first. */
    ALSO,
    /** {0} the lead, {1} how much the KPI usually moves. */
    WITHIN_NOISE,
    /** {0} the lead, {1} the share, {2} the channels, {3} the driver that moved most there, {4} its value before, {5} now. */
    CHANNEL,
    /** {0} the lead, {1} the share, {2} the channels. */
    CHANNEL_ALONE,
    /** {0} the lead, {1} the spend measure, {2} its change, {3} before, {4} now, {5} the driver it went through, {6} the share. */
    BUDGET,
    /** {0} the lead, {1} the efficiency driver, {2} its change, {3} before, {4} now, {5} channels it moved in, {6} checked, {7} the share. */
    STRATEGY,
    /** {0} the lead, {1} the flagged channels (or all sources), {2} the share. */
    DATA,
    /** {0} the lead, {1} last year's change over the same periods. */
    SEASON,
    /** {0} the lead, {1} the driver that moved the KPI most, {2} its part. */
    UNEXPLAINED,
    /** {0} the least number of periods of history. */
    NO_HISTORY,
    /** {0} and {1}: two names. */
    TWO_NAMES,
    /** The name of the values that came without a channel. */
    WITHOUT_CHANNEL,
    /** The name of a channel's values that came without a campaign. */
    WITHOUT_CAMPAIGN,
    /** Flags on the whole period rather than on some channels. */
    ALL_SOURCES,
    /** {0} the KPI: no value in the period. */
    NO_ACTUAL_VALUE,
    /** {0} the KPI, {1} the reference ({@link ReferenceKind}): no value there. */
    NO_REFERENCE_VALUE,
    /** {0} the KPI: a growth rate against the previous period. */
    GROWTH_KPI;

    @Override
    public String key() {
        return "why." + name().toLowerCase(Locale.ROOT);
    }
}

package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/** What the measurement of an action's effect tells a person (key {@code effect.<kind>} in the texts bundle). */
public enum EffectText implements MessageKind {
    /**
     * {0}: what was measured (the KPI, in the action's channels), {1}: the effect, {2}, {3}: its interval's ends, {4}:
     * what it was held against.
     */
    WORKED,
    /** As {@link #WORKED}, {5}: the band that counts as no change. */
    NO_EFFECT,
    /** As {@link #WORKED}. */
    WORSE,
    /** As {@link #WORKED}. */
    INCONCLUSIVE,
    /** {0}: the KPI's name, {1}: the action's channels. */
    SUBJECT_IN_CHANNELS,
    /** {0}: the channels compared with. */
    AGAINST_CONTROL,
    /** Held against the KPI's level before the start. */
    AGAINST_LEVEL,
    /** Held against the KPI's trend before the start. */
    AGAINST_TREND,
    /** {0}: the KPI before the start, {1}: in the measuring window, {2}: without the action. */
    LEVELS,
    /** As {@link #LEVELS}, for a KPI whose days are averaged (a total said per day). */
    LEVELS_PER_DAY,
    /** {0}: the effect in the KPI's unit, {1}, {2}: its interval's ends. */
    AMOUNT,
    /** As {@link #AMOUNT}, per day. */
    AMOUNT_PER_DAY,
    /** {0}: how the channels compared with moved over the same time. */
    CONTROL_MOVED,
    /**
     * {0}: weeks before the start, {1}: their days, {2}: weeks of the window, {3}: their days, {4}: the interval's
     * confidence.
     */
    BASIS_DID,
    /** As {@link #BASIS_DID}. */
    BASIS_ITS,
    /** {0}: the expected change. */
    EXPECTED_WITHIN,
    /** {0}: the expected change. */
    EXPECTED_SHORT_OF_IT,
    /** {0}: the expected change. */
    EXPECTED_BEYOND,
    /** {0}: the last day of the measuring window. */
    NOT_YET,
    /** {0}: the action's start, {1}: whole weeks with data before it, {2}: weeks needed. */
    TOO_LITTLE_BEFORE,
    /** {0}: whole weeks with data in the measuring window, {1}: weeks needed. */
    TOO_LITTLE_AFTER;

    @Override
    public String key() {
        return "effect." + name().toLowerCase(Locale.ROOT);
    }
}

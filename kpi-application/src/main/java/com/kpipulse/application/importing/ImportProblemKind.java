package com.kpipulse.application.importing;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * What the import use case and its ports find wrong with values, whatever file or form they came from: the checks
 * every value passes ({@link ObservationRowCheck}), a file that contradicts itself (the staging area), a request that
 * carries nothing or too much, and what an import as a whole can run into. Sentences under {@code import.<kind>} in the
 * texts bundle; what the presets find wrong with a file's shape is theirs ({@code file.*}, in the adapters).
 */
public enum ImportProblemKind implements MessageKind {
    /** A problem stored before problems were data: {0} its text, shown as it was written. */
    LEGACY,
    /** {0} the preset asked for, {1} the presets there are. */
    UNKNOWN_PRESET,
    /** {0} the preset's description (in both languages). */
    NO_VALUES,
    /** The upload broke off while it was read. */
    UNREADABLE,
    /** {0} the measure code as written. */
    UNKNOWN_MEASURE,
    /** {0} the measure, {1} the grain. */
    GRAIN_NOT_STORED,
    /** {0} the measure, {1} the day. */
    WEEK_START,
    /** {0} the measure, {1} the day. */
    MONTH_START,
    /** {0} the measure, {1} what is wrong with its value or day (an input problem). */
    VALUE_REFUSED,
    /** {0} the field (channel, campaign, source, in both languages), {1} what is wrong with its text. */
    TEXT_REFUSED,
    /** {0} the channel as written, {1} the channels of the catalog. */
    UNKNOWN_CHANNEL,
    /** {0} the measure, {1} the value. */
    NEGATIVE,
    /** {0} the measure: money without a currency. */
    CURRENCY_REQUIRED,
    /** {0} the measure, {1} the text given as its currency. */
    NOT_A_CURRENCY,
    /**
     * {0} the later line, {1} the earlier line, {2} the measure, {3} the period, {4} channel, {5} campaign,
     * {6} source ("—" for none), {7} and {8} the two values.
     */
    CONTRADICTION,
    /** Nothing was sent. */
    NOTHING_SENT,
    /** {0} how many values were sent, {1} the most one request may carry. */
    TOO_MANY_VALUES,
    /** An element of a request that is null. */
    NULL_ELEMENT,
    /** {0} the source system as sent, {1} its longest length: not a lower_snake_case code. */
    NOT_A_SOURCE_CODE,
    /** {0} the grain as sent. */
    NOT_A_GRAIN,
    /** An upload without its file or its preset. */
    UPLOAD_INCOMPLETE,
    /** {0} line, {1} column where the mapping's or the options' JSON breaks off (0 when unknown). */
    NOT_A_JSON_OBJECT;

    @Override
    public String key() {
        return "import." + name().toLowerCase(Locale.ROOT);
    }
}

package com.kpipulse.domain.input;

import com.kpipulse.domain.text.MessageKind;

/**
 * What can be wrong with a single value a person or a file sends, before it means anything: too long, not a number,
 * a number out of the range the store keeps, a date outside the window the product works in, characters that are not
 * text. The sentences stand in the texts bundle (key {@code input.<kind>}), filled in late, in the reader's language.
 */
public enum InputProblemKind implements MessageKind {
    REQUIRED,
    TEXT_TOO_LONG,
    CONTROL_CHARACTER,
    LONE_SURROGATE,
    NUMBER_TOO_LONG,
    NOT_A_NUMBER,
    NUMBER_TOO_LARGE,
    NUMBER_TOO_SMALL,
    NOT_A_DATE,
    DATE_OUT_OF_RANGE;

    @Override
    public String key() {
        return "input." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

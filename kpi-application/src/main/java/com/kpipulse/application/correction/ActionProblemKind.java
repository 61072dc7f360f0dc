package com.kpipulse.application.correction;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * What can be wrong with an action as a person wrote it, beyond the text, number or date as such
 * ({@link com.kpipulse.domain.input.InputProblemKind}); sentences under {@code action.<kind>} in the texts bundle.
 */
public enum ActionProblemKind implements MessageKind {
    /** Neither a goal nor a KPI was chosen. */
    GOAL_OR_KPI,
    /** {0} the id as sent: no goal the writer may see has it. */
    UNKNOWN_GOAL,
    /** {0} the code: not in the catalog. */
    UNKNOWN_KPI,
    /** {0} the code: not in the channel catalog. */
    UNKNOWN_CHANNEL,
    /** {0} the code: named twice. */
    CHANNEL_TWICE,
    /** {0} how many, {1} the most. */
    TOO_MANY_CHANNELS,
    /** {0} the login: nobody of the realm signs in with it. */
    UNKNOWN_OWNER,
    /** The people of the realm cannot be asked just now. */
    DIRECTORY_UNAVAILABLE,
    /** {0} the day, {1} today: a new due date is today or later. */
    DUE_IN_PAST,
    /** {0} what was sent: not UP or DOWN. */
    NOT_A_DIRECTION,
    /** {0} the size as sent: more than nothing and at most ten times the value (1 000 %). */
    EFFECT_SIZE,
    /** {0} what was sent, {1} the fewest days, {2} the most: not a whole number of days in that range. */
    EFFECT_WINDOW,
    /** An expected effect names its KPI, its direction and its size together. */
    EFFECT_INCOMPLETE,
    /** {0} what was sent: not one of the statuses. */
    NOT_A_STATUS,
    /** A reason was written without dropping the action. */
    REASON_WITHOUT_DROP,
    /** A comment says something. */
    EMPTY_COMMENT;

    @Override
    public String key() {
        return "action." + name().toLowerCase(Locale.ROOT);
    }
}

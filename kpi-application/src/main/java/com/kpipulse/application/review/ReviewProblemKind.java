package com.kpipulse.application.review;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * What can be wrong with what a person sent about a review, beyond the text as such
 * ({@link com.kpipulse.domain.input.InputProblemKind}); sentences under {@code review.<kind>} in the texts bundle.
 */
public enum ReviewProblemKind implements MessageKind {
    /** {0} what was sent: not a week such as 2026-W49. */
    NOT_A_WEEK,
    /** {0} what was sent: not a section from 1 to 6. */
    NOT_A_SECTION,
    /** {0} what was sent: not an item's number. */
    NOT_AN_ITEM,
    /** {0} the login: nobody of the realm signs in with it. */
    UNKNOWN_PERSON,
    /** {0} what was sent: a rating is a whole number from 1 to 10. */
    NOT_A_RATING,
    /** A note, an addendum or a title says something. */
    EMPTY_TEXT;

    @Override
    public String key() {
        return "review." + name().toLowerCase(Locale.ROOT);
    }
}

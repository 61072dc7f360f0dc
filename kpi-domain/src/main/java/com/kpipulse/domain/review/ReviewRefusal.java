package com.kpipulse.domain.review;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/** Why a weekly review was not changed; the sentences stand in the texts bundle under {@code review.<kind>}. */
public enum ReviewRefusal implements MessageKind {
    /** The review is closed: its minutes are frozen, corrections go into addenda. */
    CLOSED,
    /** {0} the number: the agenda has no such item. */
    NO_SUCH_ITEM,
    /** {0} how many items were named, {1} how many the agenda has: a new order names each item once. */
    NOT_AN_ORDER,
    /** {0} the login: a rating is given by somebody who attended. */
    RATED_ABSENT,
    /** {0} the login, {1} the rating: a rating is a whole number from 1 to 10. */
    RATING_OUT_OF_RANGE;

    @Override
    public String key() {
        return "review." + name().toLowerCase(Locale.ROOT);
    }
}

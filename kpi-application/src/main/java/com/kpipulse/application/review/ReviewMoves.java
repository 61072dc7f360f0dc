package com.kpipulse.application.review;

import com.kpipulse.domain.review.PresenterPosition;
import com.kpipulse.domain.review.ReviewId;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Outgoing port: where each review's presenter is, kept with the review so that every replica of the web tier answers
 * alike, and every move announced to whoever follows, on every replica, once it is stored (ADR 20). A move is only
 * announced when the transaction that stores it commits; a subscriber hears the moves made after it subscribed.
 */
public interface ReviewMoves {

    /** How storing a move ended. */
    enum Moving {
        /** Stored; announced when the transaction commits. */
        MOVED,
        /** The review is closed: nobody presents it any more. */
        CLOSED,
        /** There is no such review. */
        MISSING
    }

    /** One move as it is announced: the review and the item its presenter shows now. */
    record Move(ReviewId review, int item) {
    }

    /** Hearing the moves until closed. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }

    /** Stores where the presenter of an open review is now, replacing where she was, and announces it. */
    Moving move(PresenterPosition position);

    /** Where the review's presenter is; empty until she first moves. */
    Optional<PresenterPosition> position(ReviewId review);

    /** {@code heard} hears every move of any review from now on, from this replica or another, until closed. */
    Subscription subscribe(Consumer<Move> heard);
}

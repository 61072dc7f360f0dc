package com.kpipulse.application.review;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.review.Addendum;
import com.kpipulse.domain.review.FrozenMinutes;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.ReviewNote;
import com.kpipulse.domain.review.WeeklyReview;

import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: the weekly reviews, each with its version (1 when started, one more with every change of its
 * agenda, decisions, attendance or status), the notes on their items and, once closed, their frozen minutes and
 * addenda. Notes and addenda are appended records that never change and take no version: two people adding at once
 * both keep theirs. The store refuses what a closed review no longer takes in the statement that writes, so a change
 * racing the close cannot slip in after it.
 */
public interface WeeklyReviews {

    /** How appending a note or an addendum ended. */
    enum Appending {
        /** Stored after the others. */
        APPENDED,
        /** The review is not in the status that takes it: a note to a closed review, an addendum to an open one. */
        REFUSED,
        /** There is no such review. */
        MISSING
    }

    /** How starting a review ended: stored at version 1, or refused because its week has an open review already. */
    sealed interface Creation {
        record Created() implements Creation {
        }

        record WeekTaken(ReviewId open) implements Creation {
        }
    }

    /** Stores a new, open review at version 1, unless its week has an open review already. */
    Creation create(WeeklyReview review);

    /** Replaces a stored review that is still open and at {@code expected} (closing it is such a replace). */
    VersionedWrite replace(WeeklyReview review, ExpectedVersion expected);

    Optional<Versioned<WeeklyReview>> find(ReviewId id);

    /** The week's open review, if it has one. */
    Optional<Versioned<WeeklyReview>> openFor(CyclePeriod week);

    /** At most {@code limit} reviews, the latest week first, then the latest started. */
    List<Versioned<WeeklyReview>> latest(int limit);

    /** Appends a note to an item of an open review. */
    Appending addNote(ReviewNote note);

    /** The review's notes in the order they were written. */
    List<ReviewNote> notes(ReviewId review);

    /** Keeps a closed review's minutes as written; a review's minutes are frozen once. */
    void freeze(FrozenMinutes minutes);

    Optional<FrozenMinutes> minutes(ReviewId review);

    /** Appends an addendum to a closed review. */
    Appending addAddendum(Addendum addendum);

    /** The review's addenda in the order they were written. */
    List<Addendum> addenda(ReviewId review);
}

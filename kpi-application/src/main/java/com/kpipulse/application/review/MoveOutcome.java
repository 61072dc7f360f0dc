package com.kpipulse.application.review;

import com.kpipulse.domain.review.PresenterPosition;

import java.util.List;

/** What became of a presenter's move to an item. */
public sealed interface MoveOutcome {

    /** Stored and announced to the followers. */
    record Moved(PresenterPosition position) implements MoveOutcome {
    }

    /** Nothing stored: not an item the meeting goes through. */
    record Rejected(List<ReviewProblem> problems) implements MoveOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** No review with that id, or none the mover may read. */
    record NotFound() implements MoveOutcome {
    }

    /** Only those who run reviews move the presenter. */
    record Denied() implements MoveOutcome {
    }

    /** The review is closed: nobody presents it any more. */
    record Frozen() implements MoveOutcome {
    }
}

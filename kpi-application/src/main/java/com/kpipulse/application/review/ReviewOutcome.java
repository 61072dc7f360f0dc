package com.kpipulse.application.review;

import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.review.WeeklyReview;

import java.util.List;

/** What became of a change to a review: its agenda, a decision, the attendance, its closing. */
public sealed interface ReviewOutcome {

    /** Stored, at the version it has now. */
    record Saved(Versioned<WeeklyReview> review) implements ReviewOutcome {
    }

    /** Nothing stored: what is wrong, field by field. */
    record Rejected(List<ReviewProblem> problems) implements ReviewOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** No review with that id, or none the writer may read. */
    record NotFound() implements ReviewOutcome {
    }

    /** The writer's roles do not let them do this. */
    record Denied() implements ReviewOutcome {
    }

    /**
     * Nothing stored: somebody changed the review (or, for a decision, the item's decision) after the writer read it;
     * it is now at {@code currentVersion}.
     */
    record Stale(long currentVersion) implements ReviewOutcome {
    }

    /** Nothing stored: the review is closed, its minutes frozen; a correction is an addendum. */
    record Frozen() implements ReviewOutcome {
    }
}

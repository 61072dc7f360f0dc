package com.kpipulse.application.review;

import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.WeeklyReview;

import java.util.List;
import java.util.Optional;

/** What became of starting a week's review. */
public sealed interface StartOutcome {

    record Started(Versioned<WeeklyReview> review) implements StartOutcome {
    }

    /** The week has an open review already: that one is the week's. */
    record AlreadyOpen(ReviewId open, CyclePeriod week) implements StartOutcome {
    }

    /** The week has no cycle yet (empty: no weekly cycle has run at all), so there is nothing to review. */
    record NoCycle(Optional<CyclePeriod> week) implements StartOutcome {
    }

    record Rejected(List<ReviewProblem> problems) implements StartOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    record Denied() implements StartOutcome {
    }
}

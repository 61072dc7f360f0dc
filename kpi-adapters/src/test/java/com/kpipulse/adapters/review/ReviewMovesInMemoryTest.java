package com.kpipulse.adapters.review;

import com.kpipulse.application.review.ReviewMoves;
import com.kpipulse.application.review.WeeklyReviews;
import com.kpipulse.application.testing.InMemoryReviewMoves;
import com.kpipulse.application.testing.InMemoryWeeklyReviews;

/** The presenters' moves contract against the fake the use-case tests use. */
class ReviewMovesInMemoryTest extends ReviewMovesContract {

    private final WeeklyReviews reviews = new InMemoryWeeklyReviews();
    private final ReviewMoves moves = new InMemoryReviewMoves(reviews);

    @Override
    protected WeeklyReviews reviews() {
        return reviews;
    }

    @Override
    protected ReviewMoves moves() {
        return moves;
    }
}

package com.kpipulse.adapters.review;

import com.kpipulse.domain.review.PresenterPosition;
import com.kpipulse.domain.review.WeeklyReview;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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

    /** Use-case tests read what followers heard right after the move: the fake announces it before it returns. */
    @Test
    void theFakeAnnouncesAMoveBeforeTheMoveReturns() {
        WeeklyReview review = started();
        List<ReviewMoves.Move> heard = new ArrayList<>();
        try (ReviewMoves.Subscription subscription = moves.subscribe(heard::add)) {
            moves.move(new PresenterPosition(review.id(), 2, "hanna", NINE, NINE));

            assertThat(heard).containsExactly(new ReviewMoves.Move(review.id(), 2));
        }
    }
}

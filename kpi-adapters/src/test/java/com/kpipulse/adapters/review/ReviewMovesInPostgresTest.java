package com.kpipulse.adapters.review;

import com.kpipulse.domain.review.PresenterPosition;
import com.kpipulse.domain.review.WeeklyReview;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.Test;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.review.ReviewMoves;
import com.kpipulse.application.review.WeeklyReviews;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The presenters' moves contract against PostgreSQL (V27): stored in a table, heard through LISTEN/NOTIFY. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ReviewMovesInPostgresTest extends ReviewMovesContract {

    @Inject
    WeeklyReviews reviews;

    @Inject
    ReviewMoves moves;

    @Override
    protected WeeklyReviews reviews() {
        return reviews;
    }

    @Override
    protected ReviewMoves moves() {
        return moves;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }

    /** NOTIFY is delivered on commit: a move whose transaction is rolled back is neither kept nor heard. */
    @Test
    void aMoveRolledBackIsNeitherKeptNorHeard() throws InterruptedException {
        WeeklyReview review = started();
        LinkedBlockingQueue<ReviewMoves.Move> heard = new LinkedBlockingQueue<>();
        try (ReviewMoves.Subscription subscription = moves.subscribe(move -> {
            if (move.review().equals(review.id())) {
                heard.add(move);
            }
        })) {
            QuarkusTransaction.begin();
            moves.move(new PresenterPosition(review.id(), 2, "hanna", NINE, NINE));
            QuarkusTransaction.rollback();

            assertThat(heard.poll(1, TimeUnit.SECONDS)).as("nothing announced").isNull();
            assertThat(InPostgres.committed(() -> moves.position(review.id()))).as("nothing kept").isEmpty();
        }
    }
}

package com.kpipulse.adapters.review;

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
}

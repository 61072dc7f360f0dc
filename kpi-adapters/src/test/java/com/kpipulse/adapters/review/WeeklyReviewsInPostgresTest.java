package com.kpipulse.adapters.review;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.review.WeeklyReviews;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The weekly reviews contract against the PostgreSQL adapter (V26). */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WeeklyReviewsInPostgresTest extends WeeklyReviewsContract {

    @Inject
    WeeklyReviews reviews;

    @Override
    protected WeeklyReviews reviews() {
        return reviews;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

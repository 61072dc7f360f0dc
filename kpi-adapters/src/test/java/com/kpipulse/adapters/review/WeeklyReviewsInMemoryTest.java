package com.kpipulse.adapters.review;

import com.kpipulse.application.review.WeeklyReviews;
import com.kpipulse.application.testing.InMemoryWeeklyReviews;

/** The weekly reviews contract against the fake the use-case tests use, so the fake and PostgreSQL answer alike. */
class WeeklyReviewsInMemoryTest extends WeeklyReviewsContract {

    private final WeeklyReviews reviews = new InMemoryWeeklyReviews();

    @Override
    protected WeeklyReviews reviews() {
        return reviews;
    }
}

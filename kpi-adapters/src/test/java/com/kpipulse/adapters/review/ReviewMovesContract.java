package com.kpipulse.adapters.review;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.review.ReviewMoves;
import com.kpipulse.application.review.WeeklyReviews;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.AgendaSection;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.domain.review.PresenterPosition;
import com.kpipulse.domain.review.ReviewChange;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.WeeklyReview;
import com.kpipulse.application.version.ExpectedVersion;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store of the presenters' moves does: keeps where an open review's presenter is (the last move replacing
 * the one before, times to the microsecond), refuses to move the presenter of a closed review or of none, and
 * announces every stored move to each subscriber until it unsubscribes. Each test's reviews are of weeks of their own.
 */
public abstract class ReviewMovesContract extends PortContract {

    protected static final Instant NINE = Instant.parse("2026-12-07T09:00:00.123456Z");

    private final CyclePeriod week = new CyclePeriod(Period.isoWeek(ThreadLocalRandom.current().nextInt(2040, 2090),
            ThreadLocalRandom.current().nextInt(2, 50)));

    protected abstract WeeklyReviews reviews();

    protected abstract ReviewMoves moves();

    /** An open review of this test's week with two items, stored. */
    protected WeeklyReview started() {
        WeeklyReview review = WeeklyReview.start(ReviewId.random(), week, List.of(
                AgendaItem.of(1, AgendaSection.DEVIATIONS, new AgendaSubject.Free("CTR")),
                AgendaItem.of(2, AgendaSection.CONCLUSION, new AgendaSubject.Conclusion())), "hanna", NINE);
        tx(() -> reviews().create(review));
        return review;
    }

    @Test
    void wherePresenterMovedLastIsKeptAsMoved() {
        WeeklyReview review = started();
        PresenterPosition first = new PresenterPosition(review.id(), 1, "hanna", NINE.plusSeconds(60),
                NINE.plusSeconds(60));
        PresenterPosition second = new PresenterPosition(review.id(), 2, "ada", NINE.plusSeconds(600),
                NINE.plusSeconds(600));

        assertThat(tx(() -> moves().position(review.id()))).isEmpty();
        assertThat(tx(() -> moves().move(first))).isEqualTo(ReviewMoves.Moving.MOVED);
        assertThat(tx(() -> moves().position(review.id()))).contains(first);
        assertThat(tx(() -> moves().move(second))).isEqualTo(ReviewMoves.Moving.MOVED);
        assertThat(tx(() -> moves().position(review.id()))).contains(second);
    }

    @Test
    void aClosedReviewsPresenterMovesNoMoreAndNoReviewHasNone() {
        WeeklyReview review = started();
        WeeklyReview closed = ((ReviewChange.Changed) review.closed("hanna", NINE.plusSeconds(3600), Map.of()))
                .review();
        tx(() -> reviews().replace(closed, ExpectedVersion.of(1)));
        ReviewId nobody = ReviewId.random();

        assertThat(tx(() -> moves().move(new PresenterPosition(review.id(), 1, "hanna", NINE, NINE))))
                .isEqualTo(ReviewMoves.Moving.CLOSED);
        assertThat(tx(() -> moves().move(new PresenterPosition(nobody, 1, "hanna", NINE, NINE))))
                .isEqualTo(ReviewMoves.Moving.MISSING);
        assertThat(tx(() -> moves().position(review.id()))).isEmpty();
    }

    @Test
    void everySubscriberHearsEachStoredMoveUntilItUnsubscribes() throws InterruptedException {
        WeeklyReview review = started();
        LinkedBlockingQueue<ReviewMoves.Move> heard = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<ReviewMoves.Move> leaving = new LinkedBlockingQueue<>();
        ReviewMoves.Subscription stays = moves().subscribe(move -> {
            if (move.review().equals(review.id())) {
                heard.add(move);
            }
        });
        ReviewMoves.Subscription leaves = moves().subscribe(move -> {
            if (move.review().equals(review.id())) {
                leaving.add(move);
            }
        });
        try {
            tx(() -> moves().move(new PresenterPosition(review.id(), 2, "hanna", NINE, NINE)));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(new ReviewMoves.Move(review.id(), 2));
            assertThat(leaving.poll(10, TimeUnit.SECONDS)).isEqualTo(new ReviewMoves.Move(review.id(), 2));

            leaves.close();
            tx(() -> moves().move(new PresenterPosition(review.id(), 1, "hanna", NINE.plusSeconds(1),
                    NINE.plusSeconds(1))));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(new ReviewMoves.Move(review.id(), 1));
            assertThat(leaving.poll(500, TimeUnit.MILLISECONDS)).as("unsubscribed").isNull();
        } finally {
            stays.close();
            leaves.close();
        }
    }
}

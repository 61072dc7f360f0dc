package com.kpipulse.application.testing;

import com.kpipulse.application.review.ReviewMoves;
import com.kpipulse.application.review.WeeklyReviews;
import com.kpipulse.domain.review.PresenterPosition;
import com.kpipulse.domain.review.ReviewId;

import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The presenters' positions in a map beside the reviews they are of, as {@code weekly_review_position} keeps them
 * (V27): only an open review's presenter moves; each move is announced at once to every subscriber (there is no
 * transaction to wait for); times to the microsecond.
 */
public final class InMemoryReviewMoves implements ReviewMoves {

    private final WeeklyReviews reviews;
    private final Map<ReviewId, PresenterPosition> positions = new HashMap<>();
    private final CopyOnWriteArrayList<Consumer<Move>> subscribers = new CopyOnWriteArrayList<>();

    public InMemoryReviewMoves(WeeklyReviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public Moving move(PresenterPosition position) {
        synchronized (this) {
            var review = reviews.find(position.review());
            if (review.isEmpty()) {
                return Moving.MISSING;
            }
            if (!review.get().value().open()) {
                return Moving.CLOSED;
            }
            positions.put(position.review(), new PresenterPosition(position.review(), position.item(),
                    position.movedBy(), position.movedAt().truncatedTo(ChronoUnit.MICROS),
                    position.sectionSince().truncatedTo(ChronoUnit.MICROS)));
        }
        Move move = new Move(position.review(), position.item());
        subscribers.forEach(subscriber -> subscriber.accept(move));
        return Moving.MOVED;
    }

    @Override
    public synchronized Optional<PresenterPosition> position(ReviewId review) {
        return Optional.ofNullable(positions.get(review));
    }

    @Override
    public Subscription subscribe(Consumer<Move> heard) {
        Consumer<Move> own = heard::accept;
        subscribers.add(own);
        return () -> subscribers.remove(own);
    }
}

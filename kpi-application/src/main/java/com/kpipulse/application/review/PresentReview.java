package com.kpipulse.application.review;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReviewRights;
import com.kpipulse.domain.review.Presentation;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.WeeklyReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The review presented item by item in the meeting (issue 15): the head (or an admin) moves from item to item, and
 * the participants who follow see the item she is on, live. Where she is, is stored with the review and announced
 * through {@link ReviewMoves} to every replica, so a follower's screen follows whichever replica serves it. Who may
 * present, follow or read is {@link ReviewRights}'s to say: presenting is running the review, following is reading
 * an open one.
 */
@ApplicationScoped
public class PresentReview {

    /** A review as presented: the review as its reader reads it and where its presenter is. */
    public record Presented(ReviewRecord record, Presentation presentation) {
    }

    private final ReadReviews read;
    private final ReviewMoves moves;
    private final Clock clock;

    @Inject
    public PresentReview(ReadReviews read, ReviewMoves moves, Clock clock) {
        this.read = read;
        this.moves = moves;
        this.clock = clock;
    }

    /** The review as its presenter shows it now, for whoever may read it. */
    public Access<Presented> where(Reader reader, ReviewId id) {
        return switch (read.find(reader, id)) {
            case Access.Granted<ReviewRecord> granted -> Access.granted(presented(granted.value()));
            case Access.Denied<ReviewRecord> denied -> Access.denied();
            case Access.Unknown<ReviewRecord> unknown -> Access.unknown();
        };
    }

    /**
     * The open review, for a follower to follow: denied to those who only read closed minutes, unknown when there is
     * no such review or it is closed (nothing to follow). Read in a transaction of its own, so the connection it took
     * is back in the pool when it returns, whatever the caller holds open afterwards (a follower's event stream).
     */
    @Transactional
    public Access<Presented> follow(Reader reader, ReviewId id) {
        Access<Presented> found = where(reader, id);
        if (found instanceof Access.Granted<Presented> granted) {
            if (!ReviewRights.mayFollow(reader)) {
                return Access.denied();
            }
            return granted.value().record().review().value().open() ? found : Access.unknown();
        }
        return found;
    }

    /** The presenter moves to item {@code item} (its number as sent) of an open review. */
    @Transactional
    public MoveOutcome move(Reader mover, ReviewId id, String item) {
        Optional<Presented> found = where(mover, id) instanceof Access.Granted<Presented> granted
                ? Optional.of(granted.value()) : Optional.empty();
        if (found.isEmpty()) {
            return new MoveOutcome.NotFound();
        }
        if (!ReviewRights.mayRun(mover)) {
            return new MoveOutcome.Denied();
        }
        Presentation presentation = found.get().presentation();
        if (!presentation.review().open()) {
            return new MoveOutcome.Frozen();
        }
        List<ReviewProblem> problems = new ArrayList<>();
        Optional<Integer> number = ReviewInput.number(problems, "item", item, ReviewProblemKind.NOT_AN_ITEM);
        if (number.isPresent() && !presentation.mayMoveTo(number.get())) {
            problems.add(ReviewProblem.of("item", ReviewProblemKind.NOT_AN_ITEM, number.get()));
        }
        if (!problems.isEmpty()) {
            return new MoveOutcome.Rejected(problems);
        }
        var position = presentation.movedTo(number.orElseThrow(), mover.name(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        return switch (moves.move(position)) {
            case MOVED -> new MoveOutcome.Moved(position);
            case CLOSED -> new MoveOutcome.Frozen();
            case MISSING -> new MoveOutcome.NotFound();
        };
    }

    /** {@code heard} hears each move of the review's presenter from now on, until the subscription is closed. */
    public ReviewMoves.Subscription onMoves(ReviewId id, Consumer<ReviewMoves.Move> heard) {
        return moves.subscribe(move -> {
            if (move.review().equals(id)) {
                heard.accept(move);
            }
        });
    }

    private Presented presented(ReviewRecord record) {
        WeeklyReview review = record.review().value();
        return new Presented(record, new Presentation(review, moves.position(review.id())));
    }
}

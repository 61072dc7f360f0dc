package com.kpipulse.application.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.review.FrozenMinutes;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.WeeklyReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The head (or an admin) closes an open review with the 1–10 rating each participant who attended gave the meeting.
 * Closing freezes it: the review changes no more, takes no more notes, and its minutes are written once, as the
 * meeting saw the week, and kept ({@link FrozenMinutes}); corrections follow as dated addenda. At the version read;
 * audited. Each participant's recap is written with the close and mailed once it is committed ({@link SendRecap}).
 */
@ApplicationScoped
public class CloseReview {

    private final WeeklyReviews reviews;
    private final ReviewChanges changes;
    private final Recaps recaps;
    private final Event<ReviewClosed> closings;
    private final Clock clock;

    @Inject
    public CloseReview(WeeklyReviews reviews, AuditTrail audit, Recaps recaps, Event<ReviewClosed> closed,
                       Clock clock) {
        this.reviews = reviews;
        this.changes = new ReviewChanges(reviews, audit);
        this.recaps = recaps;
        this.closings = closed;
        this.clock = clock;
    }

    /**
     * @param ratings each participant's rating by login, as sent
     * @param minutes writes the closed review's minutes in both languages (the door knows how the reader reads them)
     */
    @Transactional
    public ReviewOutcome close(Reader writer, ReviewId id, ExpectedVersion expected, Map<String, String> ratings,
                               Function<ReviewRecord, LocalizedText> minutes) {
        List<ReviewProblem> problems = new ArrayList<>();
        Map<String, Integer> given = new LinkedHashMap<>();
        (ratings == null ? Map.<String, String>of() : ratings).forEach((login, rating) -> ReviewInput.number(problems,
                "ratings." + login, rating, ReviewProblemKind.NOT_A_RATING).ifPresent(value -> given.put(login, value)));
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ReviewOutcome outcome = changes.apply(writer, id, expected, problems, "ratings",
                review -> review.closed(writer.name(), at, given), ReviewAudit.CLOSE, CloseReview::described);
        if (outcome instanceof ReviewOutcome.Saved saved) {
            Versioned<WeeklyReview> closed = saved.review();
            ReviewRecord record = new ReviewRecord(closed, reviews.notes(id), java.util.Optional.empty(), List.of());
            reviews.freeze(new FrozenMinutes(id, at, minutes.apply(record)));
            closings.fire(new ReviewClosed(id, recaps.of(closed.value())));
        }
        return outcome;
    }

    private static String described(WeeklyReview review) {
        return review.status().name() + (review.ratings().isEmpty() ? "" : " " + review.ratings());
    }
}

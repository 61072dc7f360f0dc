package com.kpipulse.application.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReviewRights;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.review.ReviewChange;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.ReviewRefusal;
import com.kpipulse.domain.review.WeeklyReview;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way a review is changed by those who run it: found and readable, the writer's right, still open, at the
 * version read, what was sent fit, the domain's change, a write at the version read and the audit entry. A change
 * that names no version (a decision, which has a version of its own) is tried again when another change lands in
 * between, so it never overwrites that change.
 */
final class ReviewChanges {

    private static final int ATTEMPTS = 3;

    private final WeeklyReviews reviews;
    private final AuditTrail audit;

    ReviewChanges(WeeklyReviews reviews, AuditTrail audit) {
        this.reviews = reviews;
        this.audit = audit;
    }

    /**
     * @param problems what is wrong with what was sent, found before; answered after the checks of access and version
     * @param field    the field a refusal of the domain is about
     * @param action   the audit's action; its after is {@code described} of the changed review
     */
    ReviewOutcome apply(Reader writer, ReviewId id, ExpectedVersion expected, List<ReviewProblem> problems,
                        String field, Function<WeeklyReview, ReviewChange> change, String action,
                        Function<WeeklyReview, String> described) {
        for (int attempt = 1; ; attempt++) {
            Optional<Versioned<WeeklyReview>> found = reviews.find(id);
            if (found.isEmpty() || !ReviewRights.mayRead(writer, found.get().value())) {
                return new ReviewOutcome.NotFound();
            }
            WeeklyReview before = found.get().value();
            long version = found.get().version();
            if (!ReviewRights.mayRun(writer)) {
                return new ReviewOutcome.Denied();
            }
            if (!before.open()) {
                return new ReviewOutcome.Frozen();
            }
            if (!expected.admits(version)) {
                return new ReviewOutcome.Stale(version);
            }
            if (!problems.isEmpty()) {
                return new ReviewOutcome.Rejected(problems);
            }
            WeeklyReview after;
            switch (change.apply(before)) {
                case ReviewChange.Changed changed -> after = changed.review();
                case ReviewChange.StaleDecision stale -> {
                    return new ReviewOutcome.Stale(stale.currentVersion());
                }
                case ReviewChange.Refused refused -> {
                    return refused.kind() == ReviewRefusal.CLOSED ? new ReviewOutcome.Frozen()
                            : new ReviewOutcome.Rejected(List.of(new ReviewProblem(field, refused.message())));
                }
            }
            if (after.equals(before)) {
                return new ReviewOutcome.Saved(found.get());
            }
            switch (reviews.replace(after, ExpectedVersion.of(version))) {
                case VersionedWrite.Written written -> {
                    audit.record(writer.name(), ReviewAudit.SUBJECT, id.toString(), action, described.apply(before),
                            described.apply(after));
                    return new ReviewOutcome.Saved(new Versioned<>(after, written.version()));
                }
                case VersionedWrite.Stale stale -> {
                    if (!(expected instanceof ExpectedVersion.Any) || attempt == ATTEMPTS) {
                        return reviews.find(id).filter(now -> !now.value().open())
                                .<ReviewOutcome>map(closed -> new ReviewOutcome.Frozen())
                                .orElseGet(() -> new ReviewOutcome.Stale(stale.currentVersion()));
                    }
                }
                case VersionedWrite.Missing missing -> {
                    return new ReviewOutcome.NotFound();
                }
            }
        }
    }
}

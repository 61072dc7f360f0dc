package com.kpipulse.application.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReviewRights;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.correction.ActionInput;
import com.kpipulse.application.correction.ActionOutcome;
import com.kpipulse.application.correction.ManageActions;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.review.ReviewChange;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.WeeklyReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A participant takes an action on an item of an open review: the corrective action is proposed as on its own page
 * ({@link ManageActions#create}: who may give it to whom, each field checked) and kept on the item, so that next
 * week's agenda opens with it. Those who follow the review take actions (the SMM specialist her own); the action is
 * kept on the item whatever else changed in the review meanwhile. Audited on the action and on the review.
 */
@ApplicationScoped
public class TakeAction {

    private static final int ATTEMPTS = 3;

    /** What became of an action taken in a review. */
    public sealed interface Outcome {

        /** The action proposed and kept on the item; the review at its version now. */
        record Taken(ActionId action, Versioned<WeeklyReview> review) implements Outcome {
            public Taken {
                Objects.requireNonNull(action, "action");
                Objects.requireNonNull(review, "review");
            }
        }

        /** Nothing stored, and why: a {@link ReviewOutcome} that is not {@link ReviewOutcome.Saved}. */
        record Refused(ReviewOutcome why) implements Outcome {
            public Refused {
                if (why instanceof ReviewOutcome.Saved) {
                    throw new IllegalArgumentException("A refusal is no saved review");
                }
            }
        }
    }

    private final WeeklyReviews reviews;
    private final ManageActions actions;
    private final AuditTrail audit;

    @Inject
    public TakeAction(WeeklyReviews reviews, ManageActions actions, AuditTrail audit) {
        this.reviews = reviews;
        this.actions = actions;
        this.audit = audit;
    }

    @Transactional
    public Outcome take(Reader writer, ReviewId id, int item, ActionInput input) {
        Optional<Versioned<WeeklyReview>> found = reviews.find(id);
        if (found.isEmpty() || !ReviewRights.mayRead(writer, found.get().value())) {
            return new Outcome.Refused(new ReviewOutcome.NotFound());
        }
        if (!ReviewRights.mayFollow(writer)) {
            return new Outcome.Refused(new ReviewOutcome.Denied());
        }
        if (!found.get().value().open()) {
            return new Outcome.Refused(new ReviewOutcome.Frozen());
        }
        if (found.get().value().item(item).isEmpty()) {
            return new Outcome.Refused(new ReviewOutcome.Rejected(List.of(
                    ReviewProblem.of("item", ReviewProblemKind.NOT_AN_ITEM, item))));
        }
        return switch (actions.create(writer, input)) {
            case ActionOutcome.Saved saved -> new Outcome.Taken(saved.action().value().id(),
                    kept(writer, id, item, saved.action().value().id()));
            case ActionOutcome.Rejected rejected -> new Outcome.Refused(new ReviewOutcome.Rejected(rejected.problems()
                    .stream().map(problem -> new ReviewProblem(problem.field(), problem.reason())).toList()));
            case ActionOutcome.Denied denied -> new Outcome.Refused(new ReviewOutcome.Denied());
            case ActionOutcome.NotFound notFound -> new Outcome.Refused(new ReviewOutcome.NotFound());
            case ActionOutcome.Stale stale -> throw new IllegalStateException("A new action cannot be stale");
        };
    }

    /**
     * The review with the action on the item, written at the version read and read again when another change landed
     * first. A review closed or removed in between is a broken expectation of this transaction: it is thrown, so the
     * action proposed with it is not kept either.
     */
    private Versioned<WeeklyReview> kept(Reader writer, ReviewId id, int item, ActionId action) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Versioned<WeeklyReview> now = reviews.find(id).orElseThrow(
                    () -> new IllegalStateException("Review " + id + " went while an action was taken on it"));
            if (!(now.value().withAction(item, action) instanceof ReviewChange.Changed changed)) {
                throw new IllegalStateException("Review " + id + " closed while an action was taken on it");
            }
            if (reviews.replace(changed.review(), ExpectedVersion.of(now.version()))
                    instanceof VersionedWrite.Written written) {
                audit.record(writer.name(), ReviewAudit.SUBJECT, id.toString(), ReviewAudit.ACTION, null,
                        item + ": " + action);
                return new Versioned<>(changed.review(), written.version());
            }
        }
        throw new IllegalStateException("Review " + id + " kept changing while an action was taken on it");
    }
}

package com.kpipulse.application.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.ReviewId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * The head (or an admin) writes the decision taken on an item of an open review, at the version of the decision she
 * read: a decision somebody changed since is refused as stale with its version now, never overwritten. An empty text
 * takes the decision back. Audited with the decision before and after.
 */
@ApplicationScoped
public class RecordDecision {

    private final ReviewChanges changes;

    @Inject
    public RecordDecision(WeeklyReviews reviews, AuditTrail audit) {
        this.changes = new ReviewChanges(reviews, audit);
    }

    @Transactional
    public ReviewOutcome record(Reader writer, ReviewId id, int item, long decisionVersion, String text) {
        List<ReviewProblem> problems = new ArrayList<>();
        String decision = ReviewInput.text(problems, "decision", text, AgendaItem.MAX_DECISION, TextInput.Lines.MANY,
                false).orElse("");
        return changes.apply(writer, id, ExpectedVersion.any(), problems, "item",
                review -> review.decided(item, decision, decisionVersion), ReviewAudit.DECISION,
                review -> item + ": " + review.item(item).map(AgendaItem::decision).orElse(""));
    }
}

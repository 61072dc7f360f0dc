package com.kpipulse.application.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReviewRights;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.ReviewNote;
import com.kpipulse.domain.review.WeeklyReview;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A participant (the head, an admin, a marketer, the SMM specialist) adds a note to an item of an open review. Each
 * note is a record of its own, appended after the others: two people writing at once both keep theirs, and nobody's
 * note is ever replaced (ADR 16). A closed review takes no more notes. Audited.
 */
@ApplicationScoped
public class AddNote {

    private final WeeklyReviews reviews;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public AddNote(WeeklyReviews reviews, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AppendOutcome<ReviewNote> add(Reader writer, ReviewId id, int item, String text) {
        Optional<Versioned<WeeklyReview>> found = reviews.find(id);
        if (found.isEmpty() || !ReviewRights.mayRead(writer, found.get().value())) {
            return new AppendOutcome.NotFound<>();
        }
        if (!ReviewRights.mayFollow(writer)) {
            return new AppendOutcome.Denied<>();
        }
        WeeklyReview review = found.get().value();
        if (!review.open()) {
            return new AppendOutcome.WrongStatus<>(true);
        }
        List<ReviewProblem> problems = new ArrayList<>();
        if (review.item(item).isEmpty()) {
            problems.add(ReviewProblem.of("item", ReviewProblemKind.NOT_AN_ITEM, item));
        }
        Optional<String> said = ReviewInput.text(problems, "text", text, ReviewNote.MAX_TEXT, TextInput.Lines.MANY, true);
        if (!problems.isEmpty()) {
            return new AppendOutcome.Rejected<>(problems);
        }
        ReviewNote note = new ReviewNote(id, item, writer.name(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                said.orElseThrow());
        return switch (reviews.addNote(note)) {
            case APPENDED -> {
                audit.record(writer.name(), ReviewAudit.SUBJECT, id.toString(), ReviewAudit.NOTE, null,
                        item + ": " + note.text());
                yield new AppendOutcome.Appended<>(note);
            }
            case REFUSED -> new AppendOutcome.WrongStatus<>(true);
            case MISSING -> new AppendOutcome.NotFound<>();
        };
    }
}

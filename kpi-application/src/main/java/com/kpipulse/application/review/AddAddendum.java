package com.kpipulse.application.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReviewRights;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.review.Addendum;
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

/**
 * The head (or an admin) corrects closed minutes the only way they can be corrected: a dated addendum after them,
 * with its author. An open review has no minutes to correct yet. Audited.
 */
@ApplicationScoped
public class AddAddendum {

    private final WeeklyReviews reviews;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public AddAddendum(WeeklyReviews reviews, AuditTrail audit, Clock clock) {
        this.reviews = reviews;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public AppendOutcome<Addendum> add(Reader writer, ReviewId id, String text) {
        Optional<Versioned<WeeklyReview>> found = reviews.find(id);
        if (found.isEmpty() || !ReviewRights.mayRead(writer, found.get().value())) {
            return new AppendOutcome.NotFound<>();
        }
        if (!ReviewRights.mayRun(writer)) {
            return new AppendOutcome.Denied<>();
        }
        if (found.get().value().open()) {
            return new AppendOutcome.WrongStatus<>(false);
        }
        List<ReviewProblem> problems = new ArrayList<>();
        Optional<String> said = ReviewInput.text(problems, "text", text, Addendum.MAX_TEXT, TextInput.Lines.MANY, true);
        if (!problems.isEmpty()) {
            return new AppendOutcome.Rejected<>(problems);
        }
        Addendum addendum = new Addendum(id, writer.name(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                said.orElseThrow());
        return switch (reviews.addAddendum(addendum)) {
            case APPENDED -> {
                audit.record(writer.name(), ReviewAudit.SUBJECT, id.toString(), ReviewAudit.ADDENDUM, null,
                        addendum.text());
                yield new AppendOutcome.Appended<>(addendum);
            }
            case REFUSED -> new AppendOutcome.WrongStatus<>(false);
            case MISSING -> new AppendOutcome.NotFound<>();
        };
    }
}

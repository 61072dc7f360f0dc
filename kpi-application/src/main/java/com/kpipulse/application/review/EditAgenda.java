package com.kpipulse.application.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.review.AgendaSection;
import com.kpipulse.domain.review.ReviewChange;
import com.kpipulse.domain.review.ReviewId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The head (or an admin) changes an open review's agenda before or during the meeting: puts the items in another
 * order, drops an item or takes it back, adds an item of her own to a section. At the version read; audited.
 */
@ApplicationScoped
public class EditAgenda {

    private final ReviewChanges changes;

    @Inject
    public EditAgenda(WeeklyReviews reviews, AuditTrail audit) {
        this.changes = new ReviewChanges(reviews, audit);
    }

    /** The items in the order of {@code numbers} (each item's number, every item once). */
    @Transactional
    public ReviewOutcome reorder(Reader writer, ReviewId id, ExpectedVersion expected, List<String> numbers) {
        List<ReviewProblem> problems = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (String number : numbers == null ? List.<String>of() : numbers) {
            ReviewInput.number(problems, "order", number, ReviewProblemKind.NOT_AN_ITEM).ifPresent(order::add);
        }
        return changes.apply(writer, id, expected, problems, "order", review -> review.reordered(order),
                ReviewAudit.AGENDA, ReviewAudit::agenda);
    }

    /** The item dropped from the meeting ({@code drop} true) or taken back. */
    @Transactional
    public ReviewOutcome drop(Reader writer, ReviewId id, ExpectedVersion expected, int item, boolean drop) {
        return changes.apply(writer, id, expected, List.of(), "item", review -> review.dropped(item, drop),
                ReviewAudit.AGENDA, ReviewAudit::agenda);
    }

    /** An item of the head's own, at the end of the section numbered {@code section} (1 to 6). */
    @Transactional
    public ReviewOutcome add(Reader writer, ReviewId id, ExpectedVersion expected, String section, String title) {
        List<ReviewProblem> problems = new ArrayList<>();
        Optional<AgendaSection> chosen = ReviewInput.number(problems, "section", section, ReviewProblemKind.NOT_A_SECTION)
                .flatMap(number -> {
                    Optional<AgendaSection> numbered = AgendaSection.numbered(number);
                    if (numbered.isEmpty()) {
                        problems.add(ReviewProblem.of("section", ReviewProblemKind.NOT_A_SECTION, number));
                    }
                    return numbered;
                });
        Optional<String> text = ReviewInput.text(problems, "title", title, TextInput.NAME, TextInput.Lines.ONE, true);
        return changes.apply(writer, id, expected, problems, "title",
                review -> chosen.isPresent() && text.isPresent() ? review.added(chosen.get(), text.get())
                        : new ReviewChange.Changed(review),
                ReviewAudit.AGENDA, ReviewAudit::agenda);
    }
}

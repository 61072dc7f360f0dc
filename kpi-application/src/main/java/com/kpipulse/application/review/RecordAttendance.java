package com.kpipulse.application.review;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.people.Directory;
import com.kpipulse.application.people.Person;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.review.ReviewId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The head (or an admin) records who attended an open review, by login, replacing what was recorded before; each
 * login one the directory knows (when it can be asked), kept as the directory spells it. At the version read; audited.
 */
@ApplicationScoped
public class RecordAttendance {

    private final ReviewChanges changes;
    private final Directory directory;

    @Inject
    public RecordAttendance(WeeklyReviews reviews, AuditTrail audit, Directory directory) {
        this.changes = new ReviewChanges(reviews, audit);
        this.directory = directory;
    }

    @Transactional
    public ReviewOutcome record(Reader writer, ReviewId id, ExpectedVersion expected, List<String> logins) {
        List<ReviewProblem> problems = new ArrayList<>();
        Optional<List<Person>> people = directory.people();
        List<String> present = new ArrayList<>();
        for (String login : logins == null ? List.<String>of() : logins) {
            Optional<String> checked = ReviewInput.text(problems, "attendance", login, TextInput.CODE,
                    TextInput.Lines.ONE, true);
            if (checked.isEmpty()) {
                continue;
            }
            Optional<String> known = people.map(everyone -> everyone.stream()
                    .filter(person -> person.login().equalsIgnoreCase(checked.get())).map(Person::login).findFirst()
                    .orElse(null));
            if (people.isPresent() && known.isEmpty()) {
                problems.add(ReviewProblem.of("attendance", ReviewProblemKind.UNKNOWN_PERSON,
                        InputProblem.excerpt(checked.get())));
            } else {
                present.add(known.orElse(checked.get().toLowerCase(Locale.ROOT)));
            }
        }
        return changes.apply(writer, id, expected, problems, "attendance", review -> review.attended(present),
                ReviewAudit.ATTENDANCE, review -> String.join(",", review.attendance()));
    }

}

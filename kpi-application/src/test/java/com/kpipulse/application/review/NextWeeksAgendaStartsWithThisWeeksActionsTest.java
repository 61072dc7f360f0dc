package com.kpipulse.application.review;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.review.AgendaSection;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.domain.review.ReviewChange;
import com.kpipulse.domain.review.WeeklyReview;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NextWeeksAgendaStartsWithThisWeeksActionsTest {

    private final Meeting meeting = new Meeting();

    @Test
    void theActionsDecidedInWeek48sReviewOpenWeek49sAgendaWhateverTheirDueDate() {
        CorrectiveAction decided = action("Перенести бюджет в VK", LocalDate.of(2026, 12, 31));
        CorrectiveAction unrelated = action("Обновить креативы", LocalDate.of(2027, 1, 15));
        meeting.actions.create(unrelated);
        meeting.actions.create(decided);
        meeting.cycleRan(Meeting.WEEK_48);
        Versioned<WeeklyReview> week48 = ((StartOutcome.Started) meeting.start.start(Meeting.HANNA, "2026-W48")).review();
        WeeklyReview withAction = ((ReviewChange.Changed) week48.value().withAction(1, decided.id())).review();
        meeting.reviews.replace(withAction, ExpectedVersion.of(1));
        Meeting.saved(meeting.close.close(Meeting.HANNA, week48.value().id(), ExpectedVersion.of(2), Map.of(),
                Meeting.MINUTES));

        Versioned<WeeklyReview> week49 = meeting.started();

        assertThat(week49.value().items().getFirst().section()).isEqualTo(AgendaSection.ACTIONS);
        assertThat(week49.value().items()).filteredOn(item -> item.section() == AgendaSection.ACTIONS)
                .extracting(item -> item.subject()).containsExactly(new AgendaSubject.Action(decided.id()));
    }

    private static CorrectiveAction action(String title, LocalDate due) {
        return CorrectiveAction.propose(ActionId.random(), new ActionDetails(title, Optional.empty(),
                Optional.of(new KpiCode("revenue")), List.of(), "sofia", due, "", Optional.empty()), "hanna",
                Instant.parse("2026-11-30T09:00:00Z"));
    }
}

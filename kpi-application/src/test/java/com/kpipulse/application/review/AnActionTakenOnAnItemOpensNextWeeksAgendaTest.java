package com.kpipulse.application.review;

import com.kpipulse.application.correction.ActionInput;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.review.AgendaSection;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.WeeklyReview;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnActionTakenOnAnItemOpensNextWeeksAgendaTest {

    private final Meeting meeting = new Meeting();
    private final ReviewId id = meeting.started().value().id();

    @Test
    void theMarketerTakesAnActionOnARedKpiAndNextWeeksAgendaOpensWithIt() {
        TakeAction.Outcome outcome = meeting.take.take(Meeting.MARK, id, 1, creatives("sofia"));

        assertThat(outcome).isInstanceOf(TakeAction.Outcome.Taken.class);
        TakeAction.Outcome.Taken taken = (TakeAction.Outcome.Taken) outcome;
        assertThat(taken.review().version()).isEqualTo(2);
        assertThat(taken.review().value().item(1).orElseThrow().actions()).containsExactly(taken.action());
        assertThat(meeting.actions.find(taken.action()).orElseThrow().value().status()).isEqualTo(ActionStatus.PROPOSED);
        assertThat(meeting.audit.entries()).contains("weekly_review/" + id + " action",
                "corrective_action/" + taken.action() + " create");

        Meeting.saved(meeting.close.close(Meeting.HANNA, id, ExpectedVersion.of(2), Map.of(), Meeting.MINUTES));
        meeting.cycleRan(Meeting.WEEK_50);
        Versioned<WeeklyReview> next = ((StartOutcome.Started) meeting.start.start(Meeting.HANNA, "2026-W50")).review();
        assertThat(next.value().items().getFirst().section()).isEqualTo(AgendaSection.ACTIONS);
        assertThat(next.value().items().getFirst().subject()).isEqualTo(new AgendaSubject.Action(taken.action()));
    }

    @Test
    void theActionsRulesHoldTheSmmSpecialistTakesHerOwnAndUnfitFieldsAreRefusedWithNothingStored() {
        assertThat(meeting.take.take(Meeting.SOFIA, id, 1, creatives("mark")))
                .isEqualTo(new TakeAction.Outcome.Refused(new ReviewOutcome.Denied()));
        TakeAction.Outcome unknown = meeting.take.take(Meeting.HANNA, id, 1, creatives("olga"));
        assertThat(((ReviewOutcome.Rejected) ((TakeAction.Outcome.Refused) unknown).why()).problems())
                .extracting(ReviewProblem::field).containsExactly("owner");
        assertThat(meeting.take.take(Meeting.HANNA, id, 99, creatives("sofia")))
                .isInstanceOfSatisfying(TakeAction.Outcome.Refused.class,
                        refused -> assertThat(refused.why()).isInstanceOf(ReviewOutcome.Rejected.class));
        assertThat(meeting.take.take(Meeting.VIC, id, 1, creatives("vic")))
                .isEqualTo(new TakeAction.Outcome.Refused(new ReviewOutcome.NotFound()));

        assertThat(meeting.take.take(Meeting.SOFIA, id, 1, creatives("sofia"))).isInstanceOf(TakeAction.Outcome.Taken.class);
        assertThat(meeting.actions.matching(com.kpipulse.application.correction.ActionFilter.all())).hasSize(1);
    }

    @Test
    void aClosedReviewTakesNoAction() {
        Meeting.saved(meeting.close.close(Meeting.HANNA, id, ExpectedVersion.any(), Map.of(), Meeting.MINUTES));

        assertThat(meeting.take.take(Meeting.HANNA, id, 1, creatives("sofia")))
                .isEqualTo(new TakeAction.Outcome.Refused(new ReviewOutcome.Frozen()));
        assertThat(meeting.actions.matching(com.kpipulse.application.correction.ActionFilter.all())).isEmpty();
    }

    private static ActionInput creatives(String owner) {
        return new ActionInput("Новые креативы для соцсетей", null, "revenue", List.of(), owner, "2026-12-14",
                "Креативы выгорели", null, null, null);
    }
}

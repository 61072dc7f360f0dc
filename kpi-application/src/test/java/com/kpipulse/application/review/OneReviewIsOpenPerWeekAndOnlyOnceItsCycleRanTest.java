package com.kpipulse.application.review;

import com.kpipulse.domain.review.AgendaSection;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OneReviewIsOpenPerWeekAndOnlyOnceItsCycleRanTest {

    private final Meeting meeting = new Meeting();

    @Test
    void byDefaultTheHeadOpensTheLatestWeeklyCyclesWeekWithItsGeneratedAgenda() {
        meeting.cycleRan(Meeting.WEEK_48).cycleRan(Meeting.WEEK_49);

        StartOutcome outcome = meeting.start.start(Meeting.HANNA, null);

        assertThat(outcome).isInstanceOf(StartOutcome.Started.class);
        var review = ((StartOutcome.Started) outcome).review();
        assertThat(review.version()).isEqualTo(1);
        assertThat(review.value().week()).isEqualTo(Meeting.WEEK_49);
        assertThat(review.value().startedBy()).isEqualTo("hanna");
        assertThat(review.value().items()).extracting(item -> item.section()).containsExactly(
                AgendaSection.DEVIATIONS, AgendaSection.PROPOSALS, AgendaSection.CONCLUSION);
        assertThat(meeting.audit.entries()).containsExactly("weekly_review/" + review.value().id() + " start");
    }

    @Test
    void aSecondStartOfTheSameWeekAnswersWithTheOpenReview() {
        var first = meeting.started();

        assertThat(meeting.start.start(Meeting.ADA, "2026-W49"))
                .isEqualTo(new StartOutcome.AlreadyOpen(first.value().id(), Meeting.WEEK_49));
        assertThat(meeting.reviews.latest(10)).hasSize(1);
    }

    @Test
    void aWeekWithoutACycleHasNothingToReviewYetAndTheAnswerSaysSo() {
        assertThat(meeting.start.start(Meeting.HANNA, null)).isEqualTo(new StartOutcome.NoCycle(Optional.empty()));
        meeting.cycleRan(Meeting.WEEK_48);

        assertThat(meeting.start.start(Meeting.HANNA, "2026-W49"))
                .isEqualTo(new StartOutcome.NoCycle(Optional.of(Meeting.WEEK_49)));
        assertThat(meeting.reviews.latest(10)).isEmpty();
    }

    @Test
    void aWeekThatIsNoWeekIsRefusedWithTheFieldAndOnlyTheHeadAndAdminsStartReviews() {
        StartOutcome month = meeting.start.start(Meeting.HANNA, "2026-12");

        assertThat(month).isInstanceOf(StartOutcome.Rejected.class);
        var problem = ((StartOutcome.Rejected) month).problems().getFirst();
        assertThat(problem.field()).isEqualTo("week");
        assertThat(problem.reason().code()).isEqualTo("review.not_a_week");
        assertThat(problem.reason().russian()).contains("2026-12");
        meeting.cycleRan(Meeting.WEEK_49);
        assertThat(meeting.start.start(Meeting.MARK, "2026-W49")).isEqualTo(new StartOutcome.Denied());
        assertThat(meeting.start.start(Meeting.VIC, "2026-W49")).isEqualTo(new StartOutcome.Denied());
        assertThat(meeting.start.start(Meeting.ADA, "2026-W49")).isInstanceOf(StartOutcome.Started.class);
    }
}

package com.kpipulse.application.review;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.version.ExpectedVersion;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EachRoleMayDoWithAReviewWhatItsRuleSaysTest {

    private final Meeting meeting = new Meeting();
    private final Started review = new Started(meeting.started());

    /** The review as started, by id. */
    private record Started(com.kpipulse.application.version.Versioned<com.kpipulse.domain.review.WeeklyReview> started) {
        com.kpipulse.domain.review.ReviewId id() {
            return started.value().id();
        }
    }

    @Test
    void marketersAndTheSmmSpecialistFollowAndAddNotesButDoNotRunTheReview() {
        assertThat(meeting.notes.add(Meeting.MARK, review.id(), 1, "Бюджет VK кончился в среду"))
                .isInstanceOf(AppendOutcome.Appended.class);
        assertThat(meeting.notes.add(Meeting.SOFIA, review.id(), 1, "Креативы готовы"))
                .isInstanceOf(AppendOutcome.Appended.class);

        for (var follower : List.of(Meeting.MARK, Meeting.SOFIA)) {
            assertThat(meeting.agenda.drop(follower, review.id(), ExpectedVersion.any(), 1, true))
                    .isEqualTo(new ReviewOutcome.Denied());
            assertThat(meeting.decisions.record(follower, review.id(), 1, 0, "Перенести бюджет"))
                    .isEqualTo(new ReviewOutcome.Denied());
            assertThat(meeting.attendance.record(follower, review.id(), ExpectedVersion.any(), List.of("mark")))
                    .isEqualTo(new ReviewOutcome.Denied());
            assertThat(meeting.close.close(follower, review.id(), ExpectedVersion.any(), Map.of(), Meeting.MINUTES))
                    .isEqualTo(new ReviewOutcome.Denied());
            assertThat(meeting.read.find(follower, review.id())).isInstanceOf(Access.Granted.class);
        }
        assertThat(meeting.reviews.notes(review.id())).hasSize(2);
    }

    @Test
    void theViewerReadsTheMinutesOfClosedReviewsOnly() {
        assertThat(meeting.read.find(Meeting.VIC, review.id())).isEqualTo(Access.denied());
        assertThat(meeting.read.history(Meeting.VIC, "")).isEmpty();
        assertThat(meeting.notes.add(Meeting.VIC, review.id(), 1, "Можно вопрос?"))
                .isEqualTo(new AppendOutcome.NotFound<>());

        Meeting.saved(meeting.close.close(Meeting.HANNA, review.id(), ExpectedVersion.of(1), Map.of(), Meeting.MINUTES));

        assertThat(meeting.read.find(Meeting.VIC, review.id())).isInstanceOf(Access.Granted.class);
        assertThat(meeting.read.history(Meeting.VIC, "")).hasSize(1);
        assertThat(meeting.addenda.add(Meeting.VIC, review.id(), "Поправка")).isEqualTo(new AppendOutcome.Denied<>());
    }

    @Test
    void theHeadAndAdminsRunTheReview() {
        var dropped = Meeting.saved(meeting.agenda.drop(Meeting.ADA, review.id(), ExpectedVersion.of(1), 2, true));
        var added = Meeting.saved(meeting.agenda.add(Meeting.HANNA, review.id(), ExpectedVersion.of(2), "4",
                "Сверить выгрузку CRM"));

        assertThat(dropped.value().item(2).orElseThrow().dropped()).isTrue();
        assertThat(added.version()).isEqualTo(3);
        assertThat(added.value().items()).hasSize(4);
        assertThat(meeting.audit.entries()).endsWith("weekly_review/" + review.id() + " agenda",
                "weekly_review/" + review.id() + " agenda");
    }
}

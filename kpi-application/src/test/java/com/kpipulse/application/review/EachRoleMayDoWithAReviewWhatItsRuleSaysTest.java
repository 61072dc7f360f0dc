package com.kpipulse.application.review;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.review.ReviewId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EachRoleMayDoWithAReviewWhatItsRuleSaysTest {

    private final Meeting meeting = new Meeting();
    private final ReviewId id = meeting.started().value().id();

    @Test
    void marketersAndTheSmmSpecialistFollowAndAddNotesButDoNotRunTheReview() {
        assertThat(meeting.notes.add(Meeting.MARK, id, 1, "Бюджет VK кончился в среду"))
                .isInstanceOf(AppendOutcome.Appended.class);
        assertThat(meeting.notes.add(Meeting.SOFIA, id, 1, "Креативы готовы"))
                .isInstanceOf(AppendOutcome.Appended.class);

        for (var follower : List.of(Meeting.MARK, Meeting.SOFIA)) {
            assertThat(meeting.agenda.drop(follower, id, ExpectedVersion.any(), 1, true))
                    .isEqualTo(new ReviewOutcome.Denied());
            assertThat(meeting.decisions.record(follower, id, 1, 0, "Перенести бюджет"))
                    .isEqualTo(new ReviewOutcome.Denied());
            assertThat(meeting.attendance.record(follower, id, ExpectedVersion.any(), List.of("mark")))
                    .isEqualTo(new ReviewOutcome.Denied());
            assertThat(meeting.close.close(follower, id, ExpectedVersion.any(), Map.of(), Meeting.MINUTES))
                    .isEqualTo(new ReviewOutcome.Denied());
            assertThat(meeting.read.find(follower, id)).isInstanceOf(Access.Granted.class);
        }
        assertThat(meeting.reviews.notes(id)).hasSize(2);
    }

    @Test
    void theViewerReadsTheMinutesOfClosedReviewsOnly() {
        assertThat(meeting.read.find(Meeting.VIC, id)).isEqualTo(Access.denied());
        assertThat(meeting.read.history(Meeting.VIC, "")).isEmpty();
        assertThat(meeting.notes.add(Meeting.VIC, id, 1, "Можно вопрос?"))
                .isEqualTo(new AppendOutcome.NotFound<>());

        Meeting.saved(meeting.close.close(Meeting.HANNA, id, ExpectedVersion.of(1), Map.of(), Meeting.MINUTES));

        assertThat(meeting.read.find(Meeting.VIC, id)).isInstanceOf(Access.Granted.class);
        assertThat(meeting.read.history(Meeting.VIC, "")).hasSize(1);
        assertThat(meeting.addenda.add(Meeting.VIC, id, "Поправка")).isEqualTo(new AppendOutcome.Denied<>());
    }

    @Test
    void theHeadAndAdminsRunTheReview() {
        var dropped = Meeting.saved(meeting.agenda.drop(Meeting.ADA, id, ExpectedVersion.of(1), 2, true));
        var added = Meeting.saved(meeting.agenda.add(Meeting.HANNA, id, ExpectedVersion.of(2), "4",
                "Сверить выгрузку CRM"));

        assertThat(dropped.value().item(2).orElseThrow().dropped()).isTrue();
        assertThat(added.version()).isEqualTo(3);
        assertThat(added.value().items()).hasSize(4);
        assertThat(meeting.audit.entries()).endsWith("weekly_review/" + id + " agenda",
                "weekly_review/" + id + " agenda");
    }
}

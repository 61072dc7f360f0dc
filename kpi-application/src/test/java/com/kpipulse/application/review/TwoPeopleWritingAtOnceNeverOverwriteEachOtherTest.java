package com.kpipulse.application.review;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.ReviewNote;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TwoPeopleWritingAtOnceNeverOverwriteEachOtherTest {

    private final Meeting meeting = new Meeting();
    private final ReviewId id = meeting.started().value().id();

    @Test
    void notesAddedAtTheSameTimeAreBothKeptInTheOrderWritten() {
        meeting.notes.add(Meeting.MARK, id, 1, "Бюджет VK кончился в среду");
        meeting.notes.add(Meeting.SOFIA, id, 1, "Креативы готовы к четвергу");
        meeting.notes.add(Meeting.HANNA, id, 2, "Решим после обзора бюджета");

        assertThat(meeting.reviews.notes(id)).extracting(ReviewNote::author, ReviewNote::item, ReviewNote::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("mark", 1, "Бюджет VK кончился в среду"),
                        org.assertj.core.groups.Tuple.tuple("sofia", 1, "Креативы готовы к четвергу"),
                        org.assertj.core.groups.Tuple.tuple("hanna", 2, "Решим после обзора бюджета"));
        assertThat(meeting.read.find(Meeting.MARK, id)).isInstanceOfSatisfying(
                com.kpipulse.application.access.Access.Granted.class,
                granted -> assertThat(((ReviewRecord) granted.value()).notesOn(1)).hasSize(2));
    }

    @Test
    void aDecisionWrittenOverOneSomebodyChangedSinceIsRefusedAsStaleAndTheFirstStays() {
        Meeting.saved(meeting.decisions.record(Meeting.HANNA, id, 1, 0, "Перенести 50 000 ₽ из SEO в VK"));

        ReviewOutcome second = meeting.decisions.record(Meeting.ADA, id, 1, 0, "Ничего не менять");

        assertThat(second).isEqualTo(new ReviewOutcome.Stale(1));
        assertThat(meeting.reviews.find(id).orElseThrow().value().item(1).orElseThrow().decision())
                .isEqualTo("Перенести 50 000 ₽ из SEO в VK");
        assertThat(Meeting.saved(meeting.decisions.record(Meeting.ADA, id, 1, 1, "Перенести 30 000 ₽")).value()
                .item(1).orElseThrow().decisionVersion()).isEqualTo(2);
    }

    @Test
    void aDecisionLandsWhateverTheAgendaDidMeanwhileButAnAgendaChangeAtAnOlderVersionIsStale() {
        Meeting.saved(meeting.agenda.drop(Meeting.HANNA, id, ExpectedVersion.of(1), 2, true));

        Meeting.saved(meeting.decisions.record(Meeting.HANNA, id, 1, 0, "Перенести бюджет"));

        assertThat(meeting.agenda.reorder(Meeting.HANNA, id, ExpectedVersion.of(1), List.of("3", "2", "1")))
                .isEqualTo(new ReviewOutcome.Stale(3));
    }

    @Test
    void whatIsUnfitIsRefusedFieldByFieldAndNothingIsStored() {
        AppendOutcome<ReviewNote> empty = meeting.notes.add(Meeting.MARK, id, 1, "  ");
        AppendOutcome<ReviewNote> noItem = meeting.notes.add(Meeting.MARK, id, 99, "Заметка");
        ReviewOutcome notAnOrder = meeting.agenda.reorder(Meeting.HANNA, id, ExpectedVersion.of(1), List.of("1", "x"));
        ReviewOutcome stranger = meeting.attendance.record(Meeting.HANNA, id, ExpectedVersion.of(1), List.of("olga"));

        assertThat(((AppendOutcome.Rejected<ReviewNote>) empty).problems().getFirst().reason().code())
                .isEqualTo("review.empty_text");
        assertThat(((AppendOutcome.Rejected<ReviewNote>) noItem).problems().getFirst().field()).isEqualTo("item");
        assertThat(((ReviewOutcome.Rejected) notAnOrder).problems()).extracting(ReviewProblem::field)
                .containsExactly("order");
        assertThat(((ReviewOutcome.Rejected) stranger).problems().getFirst().reason().russian()).contains("olga");
        assertThat(meeting.reviews.notes(id)).isEmpty();
        assertThat(meeting.reviews.find(id).orElseThrow().version()).isEqualTo(1);
    }
}

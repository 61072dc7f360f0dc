package com.kpipulse.application.review;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.review.Addendum;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.ReviewStatus;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AClosedReviewIsFrozenAndCorrectedByDatedAddendaTest {

    private final Meeting meeting = new Meeting();
    private final ReviewId id = meeting.started().value().id();

    @Test
    void closingWithTheRatingsOfThoseWhoAttendedFreezesTheMinutesAsTheMeetingLeftThem() {
        Meeting.saved(meeting.attendance.record(Meeting.HANNA, id, ExpectedVersion.of(1), List.of("hanna", "MARK")));
        Meeting.saved(meeting.decisions.record(Meeting.HANNA, id, 1, 0, "Перенести 50 000 ₽ из SEO в VK"));
        meeting.notes.add(Meeting.MARK, id, 1, "Бюджет VK кончился в среду");

        var closed = Meeting.saved(meeting.close.close(Meeting.HANNA, id, ExpectedVersion.of(3),
                Map.of("hanna", "8", "mark", "9"), Meeting.MINUTES));

        assertThat(closed.value().status()).isEqualTo(ReviewStatus.CLOSED);
        assertThat(closed.value().attendance()).containsExactly("hanna", "mark");
        assertThat(closed.value().ratings()).isEqualTo(Map.of("hanna", 8, "mark", 9));
        assertThat(closed.value().closedAt()).contains(Instant.parse("2026-12-07T07:00:00.123456Z"));
        assertThat(meeting.reviews.minutes(id).orElseThrow().markdown().ru())
                .isEqualTo("# Обзор 2026-W49 Перенести 50 000 ₽ из SEO в VK notes=1");
        assertThat(meeting.audit.entries()).endsWith("weekly_review/" + id + " close");
    }

    @Test
    void aClosedReviewTakesNoChangeAndNoNote() {
        Meeting.saved(meeting.close.close(Meeting.ADA, id, ExpectedVersion.any(), Map.of(), Meeting.MINUTES));

        assertThat(List.of(
                meeting.agenda.drop(Meeting.HANNA, id, ExpectedVersion.any(), 1, true),
                meeting.decisions.record(Meeting.HANNA, id, 1, 0, "Поздно"),
                meeting.attendance.record(Meeting.HANNA, id, ExpectedVersion.any(), List.of("vic")),
                meeting.close.close(Meeting.HANNA, id, ExpectedVersion.any(), Map.of(), Meeting.MINUTES)))
                .containsOnly(new ReviewOutcome.Frozen());
        assertThat(meeting.notes.add(Meeting.MARK, id, 1, "Поздно")).isEqualTo(new AppendOutcome.WrongStatus<>(true));
        assertThat(meeting.reviews.notes(id)).isEmpty();
        assertThat(meeting.reviews.find(id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void ratingsThatAreNoNumberOrFromSomebodyAbsentAreRefusedAndTheReviewStaysOpen() {
        ReviewOutcome notANumber = meeting.close.close(Meeting.HANNA, id, ExpectedVersion.of(1), Map.of("hanna", "ten"),
                Meeting.MINUTES);
        ReviewOutcome absent = meeting.close.close(Meeting.HANNA, id, ExpectedVersion.of(1), Map.of("vic", "7"),
                Meeting.MINUTES);

        assertThat(((ReviewOutcome.Rejected) notANumber).problems().getFirst().field()).isEqualTo("ratings.hanna");
        assertThat(((ReviewOutcome.Rejected) absent).problems().getFirst().reason().code())
                .isEqualTo("review.rated_absent");
        assertThat(meeting.reviews.find(id).orElseThrow().value().open()).isTrue();
        assertThat(meeting.reviews.minutes(id)).isEmpty();
    }

    @Test
    void addendaAreDatedWithTheirAuthorAndOnlyAClosedReviewTakesThem() {
        assertThat(meeting.addenda.add(Meeting.HANNA, id, "Поправка")).isEqualTo(new AppendOutcome.WrongStatus<>(false));
        Meeting.saved(meeting.close.close(Meeting.HANNA, id, ExpectedVersion.of(1), Map.of(), Meeting.MINUTES));
        String frozen = meeting.reviews.minutes(id).orElseThrow().markdown().ru();

        AppendOutcome<Addendum> added = meeting.addenda.add(Meeting.HANNA, id, "Бюджет переносим 8 декабря, не 7-го");

        assertThat(added).isEqualTo(new AppendOutcome.Appended<>(new Addendum(id, "hanna",
                Instant.parse("2026-12-07T07:00:00.123456Z"), "Бюджет переносим 8 декабря, не 7-го")));
        assertThat(meeting.reviews.addenda(id)).hasSize(1);
        assertThat(meeting.reviews.minutes(id).orElseThrow().markdown().ru()).isEqualTo(frozen);
        assertThat(meeting.audit.entries()).endsWith("weekly_review/" + id + " addendum");
    }
}

package com.kpipulse.application.review;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.review.ReviewId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ThePastReviewsAreFoundByAWordAKpiOrAPersonTest {

    private final Meeting meeting = new Meeting();
    private final ReviewId id = meeting.started().value().id();

    @Test
    void aReviewIsFoundByItsDecisionsNotesKpisPeopleAndWeek() {
        Meeting.saved(meeting.decisions.record(Meeting.HANNA, id, 1, 0, "Перенести бюджет в VK"));
        meeting.notes.add(Meeting.SOFIA, id, 1, "Креативы готовы");
        Meeting.saved(meeting.close.close(Meeting.HANNA, id, ExpectedVersion.any(), Map.of(), Meeting.MINUTES));
        meeting.addenda.add(Meeting.HANNA, id, "Срок переноса — среда");

        for (String query : List.of("бюджет", "КРЕАТИВЫ", "среда", "revenue", "Выручка", "sofia", "Sofia Smm",
                "Hanna Head", "2026-W49")) {
            assertThat(meeting.read.history(Meeting.MARK, query)).as(query).hasSize(1);
        }
        assertThat(meeting.read.history(Meeting.MARK, "ctr")).isEmpty();
        assertThat(meeting.read.history(Meeting.MARK, "Mark Marketer")).isEmpty();
        assertThat(meeting.read.history(Meeting.MARK, " ")).extracting(review -> review.value().id()).containsExactly(id);
    }
}

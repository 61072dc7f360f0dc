package com.kpipulse.domain.review;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ThePresenterWalksTheKeptItemsAndTheSectionsClockRunsOnWithinASectionTest {

    private static final Instant NINE = Instant.parse("2026-12-07T09:00:00Z");

    private final WeeklyReview review = WeeklyReview.start(ReviewId.random(), KnownWeek.WEEK, List.of(
            AgendaItem.of(1, AgendaSection.DEVIATIONS, new AgendaSubject.Free("CTR")),
            AgendaItem.of(2, AgendaSection.DEVIATIONS, new AgendaSubject.Free("CPL")),
            AgendaItem.of(3, AgendaSection.DEVIATIONS, new AgendaSubject.Free("ROMI")),
            AgendaItem.of(4, AgendaSection.CONCLUSION, new AgendaSubject.Free("Итоги"))), "hanna", KnownWeek.NOW);

    @Test
    void untilThePresenterMovesTheFirstItemIsShownWithNothingBeforeIt() {
        Presentation start = new Presentation(review, Optional.empty());

        assertThat(start.current()).map(AgendaItem::number).contains(1);
        assertThat(start.place()).isEqualTo(1);
        assertThat(start.previous()).isEmpty();
        assertThat(start.next()).map(AgendaItem::number).contains(2);
    }

    @Test
    void aDroppedItemIsSteppedOverAndNeverMovedTo() {
        WeeklyReview withoutCpl = ((ReviewChange.Changed) review.dropped(2, true)).review();
        Presentation atCtr = new Presentation(withoutCpl, Optional.of(new PresenterPosition(review.id(), 1, "hanna",
                NINE, NINE)));

        assertThat(atCtr.next()).map(AgendaItem::number).contains(3);
        assertThat(atCtr.mayMoveTo(2)).isFalse();
        assertThat(atCtr.mayMoveTo(99)).isFalse();
        assertThat(atCtr.mayMoveTo(3)).isTrue();
        assertThat(new Presentation(withoutCpl, Optional.of(new PresenterPosition(review.id(), 2, "hanna", NINE, NINE)))
                .current()).as("the item shown was dropped since").map(AgendaItem::number).contains(1);
    }

    @Test
    void theSectionsClockGoesOnWithinTheSectionAndStartsAgainInTheNext() {
        Presentation atCtr = new Presentation(review, Optional.of(new PresenterPosition(review.id(), 1, "hanna", NINE,
                NINE)));

        PresenterPosition atCpl = atCtr.movedTo(2, "hanna", NINE.plusSeconds(300));
        PresenterPosition atConclusion = new Presentation(review, Optional.of(atCpl)).movedTo(4, "ada",
                NINE.plusSeconds(900));

        assertThat(atCpl.sectionSince()).isEqualTo(NINE);
        assertThat(atConclusion.sectionSince()).isEqualTo(NINE.plusSeconds(900));
        assertThat(atConclusion.movedBy()).isEqualTo("ada");
        assertThat(new Presentation(review, Optional.of(atConclusion)).next()).isEmpty();
    }

    @Test
    void aClosedReviewIsPresentedNoMore() {
        WeeklyReview closed = ((ReviewChange.Changed) review.closed("hanna", NINE, java.util.Map.of())).review();

        assertThat(new Presentation(closed, Optional.empty()).mayMoveTo(1)).isFalse();
    }
}

package com.kpipulse.domain.review;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AnOpenReviewIsEditedAndAClosedOneChangesNoMoreTest {

    private final WeeklyReview review = WeeklyReview.start(ReviewId.random(), KnownWeek.WEEK,
            AgendaGenerator.fromCauses().agenda(KnownWeek.inputs(List.of(), List.of(), List.of())), "hanna",
            KnownWeek.NOW);

    @Test
    void theHeadReordersDropsAndAddsItemsAFreeItemAtTheEndOfItsSection() {
        List<Integer> reversed = review.items().stream().map(AgendaItem::number).sorted((a, b) -> b - a).toList();

        WeeklyReview reordered = changed(review.reordered(reversed));
        WeeklyReview withoutCtr = changed(review.dropped(3, true));
        WeeklyReview added = changed(review.added(AgendaSection.DATA, "Сверить выгрузку CRM"));

        assertThat(reordered.items()).extracting(AgendaItem::number).isEqualTo(reversed);
        assertThat(withoutCtr.kept()).hasSize(review.items().size() - 1);
        assertThat(withoutCtr.item(3)).hasValueSatisfying(item -> assertThat(item.dropped()).isTrue());
        AgendaItem free = added.items().get(7);
        assertThat(free.subject()).isEqualTo(new AgendaSubject.Free("Сверить выгрузку CRM"));
        assertThat(free.number()).isEqualTo(review.items().size() + 1);
        assertThat(added.items().get(8).section()).isEqualTo(AgendaSection.PROPOSALS);
    }

    @Test
    void anOrderThatLeavesOutOrRepeatsAnItemIsRefused() {
        List<Integer> numbers = review.items().stream().map(AgendaItem::number).toList();

        assertThat(review.reordered(numbers.subList(1, numbers.size())))
                .isEqualTo(new ReviewChange.Refused(ReviewRefusal.NOT_AN_ORDER, List.of(numbers.size() - 1, numbers.size())));
        assertThat(review.reordered(List.of(1, 1))).isInstanceOf(ReviewChange.Refused.class);
        assertThat(review.dropped(99, true)).isEqualTo(new ReviewChange.Refused(ReviewRefusal.NO_SUCH_ITEM, List.of(99)));
    }

    @Test
    void aDecisionWrittenOverOneChangedSinceItWasReadIsStale() {
        WeeklyReview decided = changed(review.decided(3, "Перенести бюджет в VK", 0));

        assertThat(decided.item(3).orElseThrow().decisionVersion()).isEqualTo(1);
        assertThat(decided.decided(3, "Ничего не делать", 0)).isEqualTo(new ReviewChange.StaleDecision(1));
        assertThat(changed(decided.decided(3, "Перенести бюджет в VK и SEO", 1)).item(3).orElseThrow().decision())
                .isEqualTo("Перенести бюджет в VK и SEO");
    }

    @Test
    void onlyThoseWhoAttendedRateTheMeetingFromOneToTen() {
        WeeklyReview attended = changed(review.attended(List.of("hanna", "mark")));

        assertThat(attended.closed("hanna", Instant.parse("2026-12-07T08:00:00Z"), Map.of("vic", 7)))
                .isEqualTo(new ReviewChange.Refused(ReviewRefusal.RATED_ABSENT, List.of("vic")));
        assertThat(attended.closed("hanna", Instant.parse("2026-12-07T08:00:00Z"), Map.of("mark", 11)))
                .isEqualTo(new ReviewChange.Refused(ReviewRefusal.RATING_OUT_OF_RANGE, List.of("mark", 11)));
        WeeklyReview closed = changed(attended.closed("hanna", Instant.parse("2026-12-07T08:00:00Z"),
                Map.of("hanna", 8, "mark", 9)));
        assertThat(closed.status()).isEqualTo(ReviewStatus.CLOSED);
        assertThat(closed.ratings()).isEqualTo(Map.of("hanna", 8, "mark", 9));
    }

    @Test
    void aClosedReviewRefusesEveryChange() {
        WeeklyReview closed = changed(review.closed("hanna", Instant.parse("2026-12-07T08:00:00Z"), Map.of()));
        ReviewChange.Refused frozen = new ReviewChange.Refused(ReviewRefusal.CLOSED, List.of());

        assertThat(List.of(closed.reordered(List.of()), closed.dropped(1, true), closed.added(AgendaSection.DATA, "x"),
                closed.decided(1, "x", 0), closed.attended(List.of("mark")), closed.closed("ada", Instant.EPOCH, Map.of())))
                .containsOnly(frozen);
    }

    private static WeeklyReview changed(ReviewChange change) {
        assertThat(change).isInstanceOf(ReviewChange.Changed.class);
        return ((ReviewChange.Changed) change).review();
    }
}

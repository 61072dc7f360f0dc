package com.kpipulse.domain.review;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TheMeetingsRatingIsItsParticipantsAverageToOneDecimalTest {

    private final WeeklyReview attended = changed(WeeklyReview.start(ReviewId.random(), KnownWeek.WEEK,
            AgendaGenerator.fromCauses().agenda(KnownWeek.inputs(List.of(), List.of(), List.of())), "hanna",
            KnownWeek.NOW).attended(List.of("hanna", "mark", "sofia")));

    @Test
    void theRatingsAreAveragedToOneDecimalRoundingHalfUp() {
        WeeklyReview closed = changed(attended.closed("hanna", KnownWeek.NOW, Map.of("hanna", 8, "mark", 9, "sofia", 9)));

        assertThat(closed.averageRating()).contains(new BigDecimal("8.7"));
    }

    @Test
    void aMeetingNobodyRatedHasNoRating() {
        assertThat(attended.averageRating()).isEmpty();
        assertThat(changed(attended.closed("hanna", Instant.parse("2026-12-07T08:00:00Z"), Map.of())).averageRating())
                .isEmpty();
    }

    private static WeeklyReview changed(ReviewChange change) {
        assertThat(change).isInstanceOf(ReviewChange.Changed.class);
        return ((ReviewChange.Changed) change).review();
    }
}

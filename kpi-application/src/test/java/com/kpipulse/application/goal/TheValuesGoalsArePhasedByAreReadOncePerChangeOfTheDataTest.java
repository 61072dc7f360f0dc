package com.kpipulse.application.goal;

import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class TheValuesGoalsArePhasedByAreReadOncePerChangeOfTheDataTest {

    private static final Set<MeasureCode> REVENUE = Set.of(new MeasureCode("revenue"));
    private static final Period YEAR = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1));

    private final List<String> reads = new ArrayList<>();
    private final AtomicLong version = new AtomicLong(1);
    private final ValuesThatCount store = new ValuesThatCount() {
        @Override
        public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels) {
            reads.add(span + " " + channels);
            return ObservationSet.of(List.of(Observation.daily("revenue", span.start(), Map.of("channel", "seo"),
                    BigDecimal.valueOf(reads.size()))));
        }

        @Override
        public ObservationSet perCampaign(Set<MeasureCode> measures, Period span, Set<String> channels) {
            reads.add("campaigns " + channels);
            return ObservationSet.of();
        }
    };
    private final GoalValues values = new GoalValues(store, version::get);

    @Test
    void aSpanOfAllChannelsIsReadOnceUntilTheDataChange() {
        ObservationSet first = values.perChannel(REVENUE, YEAR, Set.of());
        ObservationSet again = values.perChannel(REVENUE, YEAR, Set.of());

        assertThat(again).isSameAs(first);
        assertThat(reads).hasSize(1);

        version.incrementAndGet();
        assertThat(values.perChannel(REVENUE, YEAR, Set.of())).isNotSameAs(first);
        assertThat(reads).hasSize(2);
    }

    @Test
    void aChangeMadeThroughThisReplicaCountsAtOnce() {
        ObservationSet first = values.perChannel(REVENUE, YEAR, Set.of());

        values.changedHere();

        assertThat(values.perChannel(REVENUE, YEAR, Set.of())).isNotSameAs(first);
        assertThat(reads).hasSize(2);
    }

    @Test
    void chosenChannelsAndCampaignsAreReadAsTheyAre() {
        values.perChannel(REVENUE, YEAR, Set.of("seo"));
        values.perChannel(REVENUE, YEAR, Set.of("seo"));
        values.perCampaign(REVENUE, YEAR, Set.of("seo"));
        values.perCampaign(REVENUE, YEAR, Set.of("seo"));

        assertThat(reads).hasSize(4);
    }
}

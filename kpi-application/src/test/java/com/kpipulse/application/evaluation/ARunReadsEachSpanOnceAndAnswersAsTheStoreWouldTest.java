package com.kpipulse.application.evaluation;

import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inside a run the store is read once per span: any narrower question (fewer measures, fewer days, one channel) gets
 * what the store itself would answer, month values that begin in the days included; outside a run, and for questions
 * beyond what the run read, the store is asked.
 */
class ARunReadsEachSpanOnceAndAnswersAsTheStoreWouldTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);
    private static final List<String> CHANNELS = List.of("vk_ads", "yandex_direct", "google_ads");
    private static final Set<MeasureCode> MEASURES = Set.of(new MeasureCode("visits"), new MeasureCode("orders"),
            new MeasureCode("marketing_spend"));

    private final InMemoryObservationStore stored = new InMemoryObservationStore();
    private final List<String> asked = new ArrayList<>();
    private final ValuesThatCount store = new ValuesThatCount() {
        @Override
        public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels) {
            asked.add("channels " + span + " " + channels);
            return stored.valuesThatCount().perChannel(measures, span, channels);
        }

        @Override
        public ObservationSet perCampaign(Set<MeasureCode> measures, Period span, Set<String> channels) {
            asked.add("campaigns " + span + " " + channels);
            return stored.valuesThatCount().perCampaign(measures, span, channels);
        }
    };
    private final SharedReads reads = new SharedReads(store);

    ARunReadsEachSpanOnceAndAnswersAsTheStoreWouldTest() {
        Random random = new Random(7);
        for (int day = 0; day < 90; day++) {
            for (String channel : CHANNELS) {
                for (String campaign : List.of("a", "b")) {
                    Map<String, String> where = Map.of("channel", channel, "campaign", campaign);
                    stored.holds(Observation.daily("visits", FIRST.plusDays(day), where,
                            BigDecimal.valueOf(random.nextInt(1000))));
                    stored.holds(Observation.daily("orders", FIRST.plusDays(day), where,
                            BigDecimal.valueOf(random.nextInt(30))));
                    stored.holds(Observation.daily("marketing_spend", FIRST.plusDays(day), where,
                            Money.of(String.valueOf(random.nextInt(5000)), "RUB")));
                }
            }
        }
        // a month's value, kept per month only: a question about days of January answers it where it begins
        stored.holds(new Observation(new MeasureCode("orders"), Period.of(Grain.MONTH, FIRST), Map.of("channel", "vk_ads"),
                BigDecimal.TEN, java.util.Optional.empty()));
    }

    @Test
    void narrowerQuestionsInARunAreAnsweredFromItsReadExactlyAsTheStoreAnswersThem() {
        Period span = new Period(FIRST, FIRST.plusDays(90));
        Random random = new Random(11);
        try (SharedReads.Run run = reads.open(MEASURES, List.of(span))) {
            for (int i = 0; i < 200; i++) {
                int from = random.nextInt(89);
                Period days = new Period(FIRST.plusDays(from), FIRST.plusDays(from + 1 + random.nextInt(89 - from)));
                Set<MeasureCode> measures = random.nextBoolean() ? MEASURES : Set.of(new MeasureCode("orders"));
                Set<String> channels = switch (random.nextInt(3)) {
                    case 0 -> Set.of();
                    case 1 -> Set.of(CHANNELS.get(random.nextInt(3)));
                    default -> Set.of("vk_ads", "google_ads");
                };

                assertThat(rows(reads.perChannel(measures, days, channels), days))
                        .as("%s %s %s", measures, days, channels)
                        .isEqualTo(rows(stored.valuesThatCount().perChannel(measures, days, channels), days));
            }
        }

        assertThat(asked).containsExactly("channels " + span + " []");
    }

    @Test
    void narrowerQuestionsAboutCampaignsAreAnsweredAsTheStoreAnswersThem() {
        Period span = new Period(FIRST, FIRST.plusDays(90));
        Random random = new Random(13);
        try (SharedReads.Run run = reads.open(MEASURES, List.of())) {
            reads.perCampaign(MEASURES, span, Set.of());
            for (int i = 0; i < 100; i++) {
                int from = random.nextInt(89);
                Period days = new Period(FIRST.plusDays(from), FIRST.plusDays(from + 1 + random.nextInt(89 - from)));
                Set<String> channels = random.nextBoolean() ? Set.of() : Set.of(CHANNELS.get(random.nextInt(3)));

                assertThat(rows(reads.perCampaign(MEASURES, days, channels), days))
                        .as("%s %s", days, channels)
                        .isEqualTo(rows(stored.valuesThatCount().perCampaign(MEASURES, days, channels), days));
            }
        }

        assertThat(asked).containsExactly("campaigns " + span + " []");
    }

    @Test
    void aQuestionBeyondWhatTheRunReadIsReadAndThenSharedToo() {
        Period january = Period.of(Grain.MONTH, FIRST);
        Period february = Period.of(Grain.MONTH, FIRST.plusMonths(1));
        try (SharedReads.Run run = reads.open(MEASURES, List.of(january))) {
            reads.perChannel(MEASURES, february, Set.of());
            reads.perChannel(Set.of(new MeasureCode("visits")), february.split(Grain.WEEK).get(1), Set.of("vk_ads"));
            reads.perCampaign(MEASURES, february, Set.of());
            reads.perCampaign(MEASURES, february.split(Grain.WEEK).get(2), Set.of("vk_ads"));
        }

        assertThat(asked).containsExactly("channels " + january + " []", "channels " + february + " []",
                "campaigns " + february + " []");
    }

    @Test
    void outsideARunEveryQuestionGoesToTheStore() {
        Period january = Period.of(Grain.MONTH, FIRST);
        try (SharedReads.Run run = reads.open(MEASURES, List.of(january))) {
            reads.perChannel(MEASURES, january, Set.of());
        }
        reads.perChannel(MEASURES, january, Set.of());

        assertThat(asked).hasSize(2);
    }

    /** Every value of the answer, in a comparable order: measure, first day, channel, value. */
    private static List<String> rows(ObservationSet values, Period days) {
        List<String> rows = new ArrayList<>();
        for (MeasureCode measure : MEASURES) {
            values.startingIn(measure, days, DimensionSelection.all()).forEach(observation -> rows.add(
                    measure.value() + " " + observation.period() + " " + observation.dimensions() + " "
                            + observation.value().stripTrailingZeros().toPlainString() + " " + observation.currency()));
        }
        rows.sort(Comparator.naturalOrder());
        assertThat(values.size()).isEqualTo(rows.size());
        return rows;
    }
}

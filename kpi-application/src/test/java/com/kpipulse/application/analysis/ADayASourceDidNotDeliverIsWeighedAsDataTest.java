package com.kpipulse.application.analysis;

import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.CauseFinding;
import com.kpipulse.domain.analysis.why.Diagnosis;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.period.PeriodCode;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two channels with 100 visits, 4 orders and 4 000 ₽ a day, a little swing, for twelve weeks; on Wednesday of week 5
 * of 2026 the shop's export delivered nothing, for either channel. The week's revenue is 8 000 ₽ short, and the
 * analysis says the data, not the channels, until somebody acknowledges that the day is as it should be. One channel
 * that sold nothing one day while the other did is the business, not the data.
 */
class ADayASourceDidNotDeliverIsWeighedAsDataTest {

    private static final Reader MARKETER = new Reader("mark", Set.of(Role.MARKETER));
    private static final Period WEEK_5 = PeriodCode.parse("2026-W05").orElseThrow();
    private static final LocalDate GAP = WEEK_5.start().plusDays(2);
    private static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 3, 1).atStartOfDay().toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    private final InMemoryObservationStore stored = new InMemoryObservationStore();
    private final CurrentKpiCatalog catalogs = InMemory.standardCatalog();
    private final FindAnomalies anomalies = new FindAnomalies(stored.stored(), InMemory.anomalyAcknowledgements(),
            InMemory.readingRights(List.of(), catalogs), catalogs, InMemory.channelCatalogs(), InMemory.noAudit(), CLOCK);
    private final AnalyzeDeviation analysis = new AnalyzeDeviation(new SharedReads(stored.valuesThatCount()),
                new GoalValues(stored.valuesThatCount(), InMemory.alwaysNewData()), stored.freshness(), catalogs,
            InMemory.channelCatalogs(), InMemory.readingRights(List.of(), catalogs),
            InMemory.manageGoals(new ArrayList<>(), stored.valuesThatCount(), catalogs),
            new DataCoverage(stored.freshness(), CLOCK), anomalies, new RunMemo());

    ADayASourceDidNotDeliverIsWeighedAsDataTest() {
        for (LocalDate day = WEEK_5.start().minusWeeks(11); day.isBefore(WEEK_5.endExclusive()); day = day.plusDays(1)) {
            BigDecimal swing = new BigDecimal(day.getDayOfYear() % 3 - 1).movePointLeft(2).add(BigDecimal.ONE);
            if (!day.equals(GAP)) {
                day(day, "vk_ads", swing);
                day(day, "yandex_direct", swing);
            }
        }
    }

    @Test
    void theMissingDayIsTheCauseAndItsChannelIsNamed() {
        Diagnosis diagnosis = diagnosis();

        assertThat(anomalies.dataCauses(MARKETER, WEEK_5)).extracting(FindAnomalies.Anomaly::kind)
                .contains(AnomalyKind.MISSING);
        assertThat(diagnosis.deviation()).isNegative();
        assertThat(diagnosis.cause()).isEqualTo(Cause.DATA);
        assertThat(diagnosis.findings().getFirst()).isInstanceOfSatisfying(CauseFinding.DataFinding.class,
                data -> assertThat(data.channels()).containsExactlyInAnyOrder("vk_ads", "yandex_direct"));
    }

    @Test
    void oneChannelsEmptyDayWhileTheSourceDeliveredTheOtherIsNoDataCause() {
        InMemoryObservationStore quiet = new InMemoryObservationStore();
        for (LocalDate day = WEEK_5.start().minusWeeks(11); day.isBefore(WEEK_5.endExclusive()); day = day.plusDays(1)) {
            BigDecimal swing = new BigDecimal(day.getDayOfYear() % 3 - 1).movePointLeft(2).add(BigDecimal.ONE);
            day(quiet, day, "vk_ads", swing);
            if (!day.equals(GAP)) {
                day(quiet, day, "yandex_direct", swing);
            }
        }
        FindAnomalies found = new FindAnomalies(quiet.stored(), InMemory.anomalyAcknowledgements(),
                InMemory.readingRights(List.of(), catalogs), catalogs, InMemory.channelCatalogs(), InMemory.noAudit(), CLOCK);
        AnalyzeDeviation analyze = new AnalyzeDeviation(new SharedReads(quiet.valuesThatCount()),
                new GoalValues(quiet.valuesThatCount(), InMemory.alwaysNewData()), quiet.freshness(), catalogs,
                InMemory.channelCatalogs(), InMemory.readingRights(List.of(), catalogs),
                InMemory.manageGoals(new ArrayList<>(), quiet.valuesThatCount(), catalogs),
                new DataCoverage(quiet.freshness(), CLOCK), found, new RunMemo());

        assertThat(found.dataCauses(MARKETER, WEEK_5)).filteredOn(anomaly -> anomaly.kind() == AnomalyKind.MISSING)
                .isNotEmpty().noneMatch(FindAnomalies.Anomaly::sourceSilent);
        Diagnosis diagnosis = (Diagnosis) ((Access.Granted<AnalyzedDeviation>) analyze.analyze(MARKETER, "revenue",
                WEEK_5, ReferenceKind.PREVIOUS, Set.of())).value().answer();
        assertThat(diagnosis.cause()).isNotEqualTo(Cause.DATA);
        assertThat(diagnosis.explainedBy()).containsExactly("yandex_direct");
    }

    @Test
    void onceTheDayIsAcknowledgedTheDataAreNoLongerBlamed() {
        for (FindAnomalies.Anomaly anomaly : anomalies.dataCauses(MARKETER, WEEK_5)) {
            assertThat(anomalies.acknowledge(MARKETER, anomaly.id().toString(), "the shop was closed"))
                    .isInstanceOf(FindAnomalies.Outcome.Acknowledged.class);
        }

        assertThat(diagnosis().cause()).isNotEqualTo(Cause.DATA);
    }

    private Diagnosis diagnosis() {
        Access<AnalyzedDeviation> access = analysis.analyze(MARKETER, "revenue", WEEK_5, ReferenceKind.PREVIOUS,
                Set.of());
        return (Diagnosis) ((Access.Granted<AnalyzedDeviation>) access).value().answer();
    }

    private void day(LocalDate day, String channel, BigDecimal swing) {
        day(stored, day, channel, swing);
    }

    private static void day(InMemoryObservationStore stored, LocalDate day, String channel, BigDecimal swing) {
        Map<String, String> where = Map.of("channel", channel, "campaign", "");
        stored.holds(Observation.daily("visits", day, where, new BigDecimal(100).multiply(swing)));
        stored.holds(Observation.daily("orders", day, where, new BigDecimal(4).multiply(swing)));
        stored.holds(Observation.daily("revenue", day, where,
                Money.of(new BigDecimal(4000).multiply(swing).toPlainString(), "RUB")));
    }
}

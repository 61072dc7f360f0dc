package com.kpipulse.application.analysis;

import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.analysis.why.Diagnosis;
import com.kpipulse.domain.analysis.why.DriverContribution;
import com.kpipulse.domain.analysis.why.NoDiagnosis;
import com.kpipulse.domain.analysis.why.ReferenceKind;
import com.kpipulse.domain.analysis.why.SliceContribution;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two channels, each with 100 visits, 4 orders and 4 000 ₽ of revenue a day for fourteen weeks; in week 5 of 2026
 * (26 January – 1 February) vk_ads converts half as well: 2 orders and 2 000 ₽ a day. Revenue falls by 14 000 ₽.
 */
class ADeviationIsAnalysedFromTheStoreForItsReaderTest {

    private static final Reader MARKETER = new Reader("mark", Set.of(Role.MARKETER));
    private static final Period WEEK_5 = PeriodCode.parse("2026-W05").orElseThrow();

    private final InMemoryObservationStore stored = new InMemoryObservationStore();
    private final List<Goal> goals = new ArrayList<>();
    private final CurrentKpiCatalog catalogs = InMemory.standardCatalog();

    ADeviationIsAnalysedFromTheStoreForItsReaderTest() {
        for (LocalDate day = WEEK_5.start().minusWeeks(13); day.isBefore(WEEK_5.endExclusive()); day = day.plusDays(1)) {
            boolean weak = WEEK_5.contains(day);
            // the weeks before the last two move a little, so the history has a swing
            BigDecimal swing = day.isBefore(WEEK_5.start().minusWeeks(1))
                    ? new BigDecimal(day.getDayOfYear() % 3 - 1).movePointLeft(2).add(BigDecimal.ONE) : BigDecimal.ONE;
            day(day, "vk_ads", swing, weak ? 2 : 4);
            day(day, "yandex_direct", swing, 4);
        }
    }

    @Test
    void aConversionDropInOneChannelIsThatChannelsAndEverySplitAddsUpToTheDeviation() {
        AnalyzedDeviation analyzed = granted(analyzeOn("2026-03-01").analyze(MARKETER, "revenue", WEEK_5,
                ReferenceKind.PREVIOUS, Set.of()));

        assertThat(analyzed.provisional()).isFalse();
        assertThat(analyzed.daysCovered()).isEqualTo(7);
        Diagnosis diagnosis = (Diagnosis) analyzed.answer();
        assertThat(diagnosis.actual()).isEqualByComparingTo("42000");
        assertThat(diagnosis.reference()).isEqualByComparingTo("56000");
        assertThat(diagnosis.deviation()).isEqualByComparingTo("-14000");
        assertThat(sum(diagnosis.drivers().stream().map(DriverContribution::contribution).toList()))
                .isEqualByComparingTo("-14000");
        assertThat(sum(diagnosis.channels().stream().map(SliceContribution::contribution).toList()))
                .isEqualByComparingTo("-14000");
        assertThat(diagnosis.drivers()).filteredOn(driver -> driver.code().equals("conversion_rate")).singleElement()
                .satisfies(driver -> assertThat(driver.contribution()).isEqualByComparingTo("-14000"));
        assertThat(diagnosis.explainedBy()).containsExactly("vk_ads");
        assertThat(diagnosis.cause()).isEqualTo(Cause.CHANNEL);
        assertThat(diagnosis.evidence().getFirst().in(Locale.ENGLISH)).contains("comes from VK Ads");
    }

    @Test
    void aNarrowedQuestionSeesOnlyItsChannels() {
        Diagnosis diagnosis = (Diagnosis) granted(analyzeOn("2026-03-01").analyze(MARKETER, "revenue", WEEK_5,
                ReferenceKind.PREVIOUS, Set.of("yandex_direct"))).answer();

        assertThat(diagnosis.deviation()).isEqualByComparingTo("0");
        assertThat(diagnosis.channels()).extracting(SliceContribution::slice).containsExactly("yandex_direct");
    }

    @Test
    void aRunningWeekWithThreeDaysIsComparedWithTheFirstThreeDaysOfTheWeekBefore() {
        // on Thursday 29 January the days over are Monday to Wednesday; the store already holds the rest of the week
        AnalyzedDeviation analyzed = granted(analyzeOn("2026-01-29").analyze(MARKETER, "revenue", WEEK_5,
                ReferenceKind.PREVIOUS, Set.of()));

        assertThat(analyzed.daysCovered()).isEqualTo(3);
        assertThat(analyzed.provisional()).isTrue();
        assertThat(analyzed.comparedToDate()).isTrue();
        assertThat(analyzed.compared()).isEqualTo(Period.custom(LocalDate.parse("2026-01-26"), LocalDate.parse("2026-01-28")));
        assertThat(analyzed.comparedWith()).contains(Period.custom(LocalDate.parse("2026-01-19"), LocalDate.parse("2026-01-21")));
        Diagnosis diagnosis = (Diagnosis) analyzed.answer();
        assertThat(diagnosis.actual()).as("three days of both channels").isEqualByComparingTo("18000");
        assertThat(diagnosis.reference()).as("the same three days of week 4, not all of it").isEqualByComparingTo("24000");
        assertThat(diagnosis.deviation()).isEqualByComparingTo("-6000");
        assertThat(sum(diagnosis.channels().stream().map(SliceContribution::contribution).toList()))
                .isEqualByComparingTo("-6000");
        assertThat(diagnosis.cause()).as("the days compared are all in: the drop is vk_ads', not the data's")
                .isEqualTo(Cause.CHANNEL);
        assertThat(diagnosis.explainedBy()).containsExactly("vk_ads");
    }

    @Test
    void aRunningWeekIsHeldAgainstTheSameDaysOfItsWeekLastYear() {
        AnalyzedDeviation analyzed = granted(analyzeOn("2026-01-29").analyze(MARKETER, "revenue", WEEK_5,
                ReferenceKind.LAST_YEAR, Set.of()));

        assertThat(analyzed.comparedWith()).contains(Period.custom(LocalDate.parse("2025-01-27"), LocalDate.parse("2025-01-29")));
    }

    @Test
    void aWeekWhoseDataCoverItIsComparedWholeWithTheWholeWeekBefore() {
        AnalyzedDeviation analyzed = granted(analyzeOn("2026-03-01").analyze(MARKETER, "revenue", WEEK_5,
                ReferenceKind.PREVIOUS, Set.of()));

        assertThat(analyzed.comparedToDate()).isFalse();
        assertThat(analyzed.compared()).isEqualTo(WEEK_5);
        assertThat(analyzed.comparedWith()).contains(WEEK_5.previous());
    }

    @Test
    void lastYearWithoutFiguresIsNoDiagnosisWithItsReason() {
        AnalyzedDeviation analyzed = granted(analyzeOn("2026-03-01").analyze(MARKETER, "revenue", WEEK_5,
                ReferenceKind.LAST_YEAR, Set.of()));

        assertThat(analyzed.answer()).isInstanceOf(NoDiagnosis.class);
        assertThat(((NoDiagnosis) analyzed.answer()).reason().code()).isEqualTo("why.no_reference_value");
    }

    @Test
    void againstItsGoalATotalIsHeldToTheRecentPastScaledToTheTarget() {
        goal("revenue", "70000");

        AnalyzedDeviation analyzed = granted(analyzeOn("2026-03-01").analyze(MARKETER, "revenue", WEEK_5,
                ReferenceKind.PLAN, Set.of()));

        Diagnosis diagnosis = (Diagnosis) analyzed.answer();
        assertThat(diagnosis.reference()).isEqualByComparingTo("70000");
        assertThat(diagnosis.deviation()).isEqualByComparingTo("-28000");
        assertThat(sum(diagnosis.drivers().stream().map(DriverContribution::contribution).toList()))
                .isEqualByComparingTo("-28000");
        assertThat(sum(diagnosis.channels().stream().map(SliceContribution::contribution).toList()))
                .isEqualByComparingTo("-28000");
        // the plan keeps the recent conversion and average check at a quarter more visits
        assertThat(diagnosis.drivers()).filteredOn(driver -> driver.code().equals("visits")).singleElement()
                .satisfies(driver -> assertThat(driver.reference()).isEqualByComparingTo("1750"));
    }

    @Test
    void withoutAGoalOrWithARatesTargetThereIsNoPlanToSplitAndTheReasonSaysWhy() {
        assertThat(reason(granted(analyzeOn("2026-03-01").analyze(MARKETER, "revenue", WEEK_5, ReferenceKind.PLAN,
                Set.of())))).isEqualTo("why_plan.no_goal");

        goal("conversion_rate", "0.05");
        assertThat(reason(granted(analyzeOn("2026-03-01").analyze(MARKETER, "conversion_rate", WEEK_5,
                ReferenceKind.PLAN, Set.of())))).isEqualTo("why_plan.level_target");
    }

    @Test
    void anUnknownKpiIsUnknownAndAKpiTheReaderMayNotSeeIsRefused() {
        AnalyzeDeviation analyze = analyzeOn("2026-03-01");

        assertThat(analyze.analyze(MARKETER, "no_such_kpi", WEEK_5, ReferenceKind.PREVIOUS, Set.of()))
                .isInstanceOf(Access.Unknown.class);
        assertThat(analyze.analyze(new Reader("vic", Set.of(Role.VIEWER)), "profit", WEEK_5, ReferenceKind.PREVIOUS,
                Set.of())).isInstanceOf(Access.Denied.class);
    }

    private AnalyzeDeviation analyzeOn(String today) {
        Clock clock = Clock.fixed(LocalDate.parse(today).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new AnalyzeDeviation(new SharedReads(stored.valuesThatCount()),
                new GoalValues(stored.valuesThatCount(), InMemory.alwaysNewData()), stored.freshness(), catalogs, InMemory.channelCatalogs(),
                InMemory.readingRights(goals, catalogs), InMemory.manageGoals(goals, stored.valuesThatCount(), catalogs),
                new DataCoverage(stored.freshness(), clock), new FindAnomalies(stored.stored(),
                InMemory.anomalyAcknowledgements(), InMemory.readingRights(goals, catalogs), catalogs,
                InMemory.channelCatalogs(), InMemory.noAudit(), clock), new RunMemo());
    }

    private void goal(String kpi, String target) {
        goals.add(new Goal(GoalId.random(), "Неделя 5", Optional.of(BusinessObjective.SALES), "hanna",
                WEEK_5.start(), Optional.of(WEEK_5.lastDay()), Optional.empty(),
                List.of(GoalKpi.of(kpi, Target.absolute(target))), Set.of()));
    }

    private void day(LocalDate day, String channel, BigDecimal swing, int orders) {
        Map<String, String> where = Map.of("channel", channel, "campaign", "");
        stored.holds(Observation.daily("visits", day, where, new BigDecimal(100).multiply(swing)));
        stored.holds(Observation.daily("orders", day, where, new BigDecimal(orders).multiply(swing)));
        stored.holds(Observation.daily("revenue", day, where,
                Money.of(new BigDecimal(orders * 1000).multiply(swing).toPlainString(), "RUB")));
    }

    private static String reason(AnalyzedDeviation analyzed) {
        return ((NoDiagnosis) analyzed.answer()).reason().code();
    }

    private static BigDecimal sum(List<BigDecimal> parts) {
        return parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @SuppressWarnings("unchecked")
    private static <T> T granted(Access<T> access) {
        return ((Access.Granted<T>) access).value();
    }
}

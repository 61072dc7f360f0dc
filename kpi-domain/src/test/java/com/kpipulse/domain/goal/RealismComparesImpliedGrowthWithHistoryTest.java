package com.kpipulse.domain.goal;

import com.kpipulse.domain.evaluation.Percentage;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RealismComparesImpliedGrowthWithHistoryTest {

    private final KpiCatalog catalog = KpiCatalog.standard();
    private final KpiDefinition traffic = catalog.get(new KpiCode("traffic"));
    // Mon 4 Jan .. Sun 4 Apr 2027: 13 ISO weeks
    private final Period thirteenWeeks = Period.custom(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 4, 4));
    private final Target twentyPercentMore = Target.relativeTo(Period.quarter(2026, 4), Percentage.ofPercent("20"));

    @Test
    void twentyPercentInThirteenWeeksIsAboutOnePointFourPercentAWeek() {
        // weekly growth 2 %, 2 %, 2 %, 2 %: every week beat 1.41 %
        var history = KpiHistory.of(Grain.WEEK, Unit.COUNT, "1000", "1020", "1040.4", "1061.208", "1082.43216");

        RealismAssessment assessment = RealismCheck.assess(traffic, true, twentyPercentMore, thirteenWeeks, history);

        // 1.2 ^ (1/13) - 1
        assertThat(assessment.impliedChange()).isCloseTo(0.014124, within(0.000001));
        assertThat(assessment.periodsToDeadline()).isEqualTo(13);
        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.TYPICAL);
        assertThat(assessment.timesAchieved()).isEqualTo(4);
    }

    @Test
    void growthSeenOnceIsAmbitiousButSeenBefore() {
        // +0.5 %, +0.5 %, +3.0 %, +0.5 %
        var history = KpiHistory.of(Grain.WEEK, Unit.COUNT, "1000", "1005", "1010", "1040", "1045");

        RealismAssessment assessment = RealismCheck.assess(traffic, true, twentyPercentMore, thirteenWeeks, history);

        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.AMBITIOUS_BUT_SEEN_BEFORE);
        assertThat(assessment.explanation().en()).isEqualTo(
                "'Site traffic': the target needs growth of +1.4 % per week for 13 weeks (from 1 045 to 1 254). "
                        + "That happened only once in the last 4 weeks (best +3 %): ambitious but seen before.");
        assertThat(assessment.explanation().ru()).contains("рост +1,4 % в неделю", "13 нед.", "амбициозно, но уже случалось");
    }

    @Test
    void doublingInAQuarterWasNeverSeen() {
        var history = KpiHistory.of(Grain.WEEK, Unit.COUNT, "1000", "1005", "1010", "1040", "1045");
        var doubling = Target.relativeTo(Period.quarter(2026, 4), Percentage.ofPercent("100"));

        RealismAssessment assessment = RealismCheck.assess(traffic, true, doubling, thirteenWeeks, history);

        // 2 ^ (1/13) - 1 = 5.5 % a week; the best week made 3 %
        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.NEVER_ACHIEVED);
        assertThat(assessment.explanation().en()).contains("growth of +5.5 % per week", "Never achieved in the last 4 weeks (best +3 %)");
    }

    @Test
    void anAdditiveTotalIsTurnedIntoTheAverageLevelPerWeek() {
        var history = KpiHistory.of(Grain.WEEK, Unit.COUNT, "1000", "1020", "1040.4", "1061.208", "1000");

        // 15 600 visits in 13 weeks = 1 200 a week, from 1 000 now: the same 1.2 ^ (1/13)
        RealismAssessment assessment = RealismCheck.assess(traffic, true, Target.absolute("15600"), thirteenWeeks, history);

        assertThat(assessment.targetLevel()).isEqualByComparingTo("1200");
        assertThat(assessment.impliedChange()).isCloseTo(0.014124, within(0.000001));
    }

    @Test
    void forLowerIsBetterTheNeededCutIsComparedWithPastCuts() {
        KpiDefinition cac = catalog.get(new KpiCode("cac"));
        // cuts of 2 %, 2 %, then +1 %, then 3.1 %; the target needs about 3.95 % a week for 4 weeks
        var history = KpiHistory.of(Grain.WEEK, Unit.MONEY, "5000", "4900", "4800", "4850", "4700");
        var fourWeeks = Period.custom(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 31));

        RealismAssessment assessment = RealismCheck.assess(cac, false, Target.absolute("4000"), fourWeeks, history);

        assertThat(assessment.impliedChange()).isCloseTo(Math.pow(4000.0 / 4700, 0.25) - 1, within(1e-9));
        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.NEVER_ACHIEVED);
        assertThat(assessment.bestChange()).isCloseTo(4700.0 / 4850 - 1, within(1e-9));
    }

    @Test
    void aKpiThatCrossesZeroIsJudgedByAbsoluteSteps() {
        KpiDefinition profit = catalog.get(new KpiCode("profit"));
        var history = KpiHistory.of(Grain.WEEK, Unit.MONEY, "-100", "-50", "0", "50");
        var fourWeeks = Period.custom(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 1, 31));

        // 800 in 4 weeks = 200 a week, from 50: +37.5 a week; history made +50 every week
        RealismAssessment assessment = RealismCheck.assess(profit, true, Target.absolute("800"), fourWeeks, history);

        assertThat(assessment.relative()).isFalse();
        assertThat(assessment.impliedChange()).isCloseTo(37.5, within(1e-9));
        assertThat(assessment.verdict()).isEqualTo(RealismAssessment.Verdict.TYPICAL);
    }

    @Test
    void smartCheckReportsRealismPerKpiWithTheFigures() {
        var goal = new Goal(GoalId.random(), "Повысить посещаемость сайта на 100%", Optional.of(BusinessObjective.TRAFFIC),
                "marketer", thirteenWeeks.start(), Optional.of(thirteenWeeks.lastDay()), Optional.empty(),
                List.of(GoalKpi.of("traffic", Target.relativeTo(Period.quarter(2026, 4), Percentage.ofPercent("100"))),
                        GoalKpi.of("orders", Target.absolute("1000"))),
                Set.of("marketer"));
        var histories = Map.of(new KpiCode("traffic"), KpiHistory.of(Grain.WEEK, Unit.COUNT, "1000", "1005", "1010", "1040", "1045"),
                new KpiCode("orders"), KpiHistory.of(Grain.WEEK, Unit.COUNT, "70", "75"));

        List<SmartFinding> findings = new SmartCheck(catalog).check(goal, histories);

        assertThat(findings).extracting(SmartFinding::kind)
                .containsExactlyInAnyOrder(FindingKind.REALISM_NEVER_ACHIEVED, FindingKind.REALISM_UNKNOWN);
        assertThat(findings).filteredOn(finding -> finding.kind() == FindingKind.REALISM_NEVER_ACHIEVED).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.criterion()).isEqualTo(SmartCriterion.ACHIEVABLE);
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                });
        assertThat(SmartCheck.isTrackable(findings)).isTrue();
    }
}

package com.kpipulse.domain.goal;

import com.kpipulse.domain.evaluation.ManualPart;
import com.kpipulse.domain.evaluation.Percentage;
import com.kpipulse.domain.evaluation.Phasing;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** A four-week goal, 5..31 January 2027 (Mondays 4, 11, 18, 25 January; the first week starts on Tuesday the 5th). */
class WeeksTypedByHandMustFitTheGoalTest {

    private final SmartCheck check = new SmartCheck(KpiCatalog.standard());

    private static Goal goal(GoalKpi... kpis) {
        return new Goal(GoalId.random(), "Январские продажи", Optional.of(BusinessObjective.SALES), "hanna",
                LocalDate.of(2027, 1, 5), Optional.of(LocalDate.of(2027, 1, 31)), Optional.empty(), List.of(kpis),
                Set.of("marketing-head"));
    }

    private static Phasing weeks(String... values) {
        List<String> starts = List.of("2027-01-05", "2027-01-11", "2027-01-18", "2027-01-25");
        return Phasing.manual(IntStream.range(0, values.length)
                .mapToObj(i -> ManualPart.of(starts.get(i), values[i])).toList());
    }

    @Test
    void weeksThatAddUpToTheTargetAreFine() {
        List<SmartFinding> findings = check.check(goal(
                GoalKpi.of("revenue", Target.absolute("1000000")).phased(weeks("100000", "200000", "300000", "400000"))));

        assertThat(findings).isEmpty();
    }

    @Test
    void weeksThatDoNotAddUpAreAnErrorWithTheFiguresAndTheKpiTheyBelongTo() {
        List<SmartFinding> findings = check.check(goal(GoalKpi.withoutTarget("romi"),
                GoalKpi.of("revenue", Target.absolute("1000000")).phased(weeks("100000", "200000", "300000", "300000"))));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.PHASING_SUM_MISMATCH);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.criterion()).isEqualTo(SmartCriterion.MEASURABLE);
            assertThat(finding.kpi()).contains(new KpiCode("revenue"));
            assertThat(finding.reason(Locale.ENGLISH)).isEqualTo("'Sales volume / revenue': the weekly parts add up to 900,000"
                    + " but the goal's target is 1,000,000: 100,000 short");
            assertThat(finding.reason(Locale.forLanguageTag("ru"))).isEqualTo("«Объём продаж / выручка»: недельный план"
                    + " в сумме 900\u00A0000, а план цели 1\u00A0000\u00A0000: не хватает 100\u00A0000");
        });
        assertThat(SmartCheck.isTrackable(findings)).isFalse();
    }

    @Test
    void aMissingWeekIsAnErrorThatNamesIt() {
        List<SmartFinding> findings = check.check(goal(
                GoalKpi.of("revenue", Target.absolute("600000")).phased(weeks("100000", "200000", "300000"))));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.PHASING_WEEKS_NOT_COVERED);
            assertThat(finding.criterion()).isEqualTo(SmartCriterion.TIME_BOUND);
            assertThat(finding.reason(Locale.ENGLISH)).contains("4 weeks", "no figure for the weeks starting 2027-01-25");
        });
    }

    @Test
    void aTotalGivenAsGrowthCannotBeCheckedAgainstWeeksTypedByHand() {
        List<SmartFinding> findings = check.check(goal(GoalKpi.of("revenue",
                        Target.relativeTo(Period.quarter(2026, 4), Percentage.ofPercent("20")))
                .phased(weeks("1", "2", "3", "4"))));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.PHASING_NEEDS_A_FIGURE);
            assertThat(finding.reason(Locale.ENGLISH)).contains("growth over a baseline");
        });
    }

    @Test
    void aRatesWeeksAreLevelsThatNeedNotAddUpButMustStillCoverTheGoal() {
        GoalKpi ramp = GoalKpi.of("conversion_rate", Target.absolute("0.03")).phased(weeks("0.02", "0.025", "0.03", "0.03"));
        GoalKpi gap = GoalKpi.of("conversion_rate", Target.absolute("0.03")).phased(weeks("0.02", "0.025"));

        assertThat(check.check(goal(ramp))).isEmpty();
        assertThat(check.check(goal(gap))).extracting(SmartFinding::kind).containsExactly(FindingKind.PHASING_WEEKS_NOT_COVERED);
    }
}

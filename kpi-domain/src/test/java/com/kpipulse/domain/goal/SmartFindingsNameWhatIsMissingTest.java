package com.kpipulse.domain.goal;

import com.kpipulse.domain.evaluation.Percentage;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SmartFindingsNameWhatIsMissingTest {

    private final SmartCheck check = new SmartCheck(KpiCatalog.standard());
    private final LocalDate start = LocalDate.of(2027, 1, 1);

    /** Seed 001: "Увеличить онлайн-продажи на 20%" with 3 KPIs and a quarter to do it. */
    private Goal goodGoal() {
        return new Goal(GoalId.random(), "Увеличить онлайн-продажи на 20%", Optional.of(BusinessObjective.SALES),
                "marketing.head", start, Optional.of(LocalDate.of(2027, 3, 31)), Optional.of(Period.quarter(2026, 4)),
                List.of(GoalKpi.of("revenue", Target.relativeTo(Period.quarter(2026, 4), Percentage.ofPercent("20"))),
                        GoalKpi.of("conversion_rate", Target.absolute("0.025")),
                        GoalKpi.withoutTarget("aov")),
                Set.of("marketer", "head"));
    }

    private static List<FindingKind> kinds(List<SmartFinding> findings) {
        return findings.stream().map(SmartFinding::kind).toList();
    }

    @Test
    void aSmartGoalHasNoFindings() {
        List<SmartFinding> findings = check.check(goodGoal());

        assertThat(findings).isEmpty();
        assertThat(SmartCheck.isTrackable(findings)).isTrue();
    }

    @Test
    void withoutAnObjectiveTheGoalIsNotSpecific() {
        Goal goal = goodGoal();
        Goal vague = new Goal(goal.id(), goal.title(), Optional.empty(), goal.owner(), goal.start(), goal.deadline(),
                goal.baseline(), goal.kpis(), goal.visibleToRoles());

        List<SmartFinding> findings = check.check(vague);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.criterion()).isEqualTo(SmartCriterion.SPECIFIC);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.reason(Locale.ENGLISH)).startsWith("The goal is not specific");
            assertThat(finding.reason(Locale.forLanguageTag("ru"))).startsWith("Цель не конкретна");
        });
        assertThat(SmartCheck.isTrackable(findings)).isFalse();
    }

    @Test
    void withoutAnyKpiItIsAnError() {
        Goal goal = goodGoal();

        List<SmartFinding> findings = check.check(new Goal(goal.id(), goal.title(), goal.objective(), goal.owner(),
                goal.start(), goal.deadline(), goal.baseline(), List.of(), goal.visibleToRoles()));

        assertThat(kinds(findings)).containsExactly(FindingKind.NO_KPI);
    }

    @Test
    void kpisWithoutTargetsDoNotMakeAGoalMeasurable() {
        Goal goal = goodGoal();

        List<SmartFinding> findings = check.check(new Goal(goal.id(), goal.title(), goal.objective(), goal.owner(),
                goal.start(), goal.deadline(), goal.baseline(),
                List.of(GoalKpi.withoutTarget("revenue"), GoalKpi.withoutTarget("nope")), goal.visibleToRoles()));

        assertThat(kinds(findings)).containsExactlyInAnyOrder(FindingKind.NO_TARGET, FindingKind.UNKNOWN_KPI);
        assertThat(findings).allSatisfy(finding -> assertThat(finding.criterion()).isEqualTo(SmartCriterion.MEASURABLE));
    }

    @Test
    void moreThanFiveKpisIsTheTooManyMetricsWarning() {
        Goal goal = goodGoal();
        var six = List.of(GoalKpi.of("revenue", Target.absolute("1")), GoalKpi.withoutTarget("orders"),
                GoalKpi.withoutTarget("aov"), GoalKpi.withoutTarget("cac"), GoalKpi.withoutTarget("ctr"),
                GoalKpi.withoutTarget("traffic"));

        List<SmartFinding> findings = check.check(new Goal(goal.id(), goal.title(), goal.objective(), goal.owner(),
                goal.start(), goal.deadline(), goal.baseline(), six, goal.visibleToRoles()));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.TOO_MANY_KPIS);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.reason().english()).contains("6 KPIs", "too many metrics");
        });
        assertThat(SmartCheck.isTrackable(findings)).isTrue();
    }

    @Test
    void aGoalNeedsADeadlineAfterItsStart() {
        Goal goal = goodGoal();
        Goal open = new Goal(goal.id(), goal.title(), goal.objective(), goal.owner(), goal.start(), Optional.empty(),
                goal.baseline(), goal.kpis(), goal.visibleToRoles());
        Goal backwards = new Goal(goal.id(), goal.title(), goal.objective(), goal.owner(), goal.start(),
                Optional.of(start.minusDays(1)), goal.baseline(), goal.kpis(), goal.visibleToRoles());

        assertThat(kinds(check.check(open))).containsExactly(FindingKind.NO_DEADLINE);
        assertThat(check.check(backwards)).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.DEADLINE_BEFORE_START);
            assertThat(finding.criterion()).isEqualTo(SmartCriterion.TIME_BOUND);
            assertThat(finding.reason().english()).isEqualTo("The deadline 2026-12-31 is before the start 2027-01-01");
        });
    }

    @Test
    void aTitleIsNeeded() {
        Goal goal = goodGoal();

        assertThat(kinds(check.check(new Goal(goal.id(), " ", goal.objective(), goal.owner(), goal.start(),
                goal.deadline(), goal.baseline(), goal.kpis(), goal.visibleToRoles())))).containsExactly(FindingKind.NO_TITLE);
    }
}

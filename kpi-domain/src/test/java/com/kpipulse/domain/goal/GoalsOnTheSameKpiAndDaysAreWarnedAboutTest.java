package com.kpipulse.domain.goal;

import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GoalsOnTheSameKpiAndDaysAreWarnedAboutTest {

    private final KpiCatalog catalog = KpiCatalog.standard();

    private static Goal goal(String title, LocalDate start, LocalDate end, List<GoalKpi> kpis) {
        return new Goal(GoalId.random(), title, Optional.of(BusinessObjective.SALES), "hanna", start, Optional.of(end),
                Optional.empty(), kpis, Set.of());
    }

    private final Goal spring = goal("Продажи весной", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 31),
            List.of(GoalKpi.of("revenue", Target.absolute("30000000")), GoalKpi.of("romi", Target.absolute("0.5"))));

    @Test
    void aGoalSharingAKpiWithATargetOnSomeOfTheSameDaysIsAWarningNamingTheOtherGoal() {
        Goal april = goal("Апрельская распродажа", LocalDate.of(2027, 4, 1), LocalDate.of(2027, 4, 30),
                List.of(GoalKpi.of("revenue", Target.absolute("12000000")), GoalKpi.withoutTarget("romi")));

        List<SmartFinding> findings = GoalOverlaps.of(april, List.of(spring), catalog);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(FindingKind.OVERLAPS_ANOTHER_GOAL);
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.kpi()).contains(new KpiCode("revenue"));
            assertThat(finding.reason().russian()).startsWith("«Объём продаж / выручка» уже есть в цели «Продажи весной»"
                    + " (01.03.2027–31.05.2027)");
            assertThat(finding.reason().english()).contains("'Продажи весной' (2027-03-01 to 2027-05-31)");
        });
        assertThat(SmartCheck.isTrackable(findings)).isTrue();
    }

    @Test
    void goalsOnOtherDaysOrKpisTheGoalItselfAndArchivedGoalsAreNoOverlap() {
        Goal summer = goal("Продажи летом", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 31),
                List.of(GoalKpi.of("revenue", Target.absolute("30000000"))));
        Goal traffic = goal("Трафик весной", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 31),
                List.of(GoalKpi.of("traffic", Target.absolute("300000"))));
        Goal archived = goal("Старая цель", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 31),
                List.of(GoalKpi.of("revenue", Target.absolute("1"))));

        assertThat(GoalOverlaps.of(spring, List.of(summer, traffic, spring, archived.archived(true)), catalog)).isEmpty();
        assertThat(GoalOverlaps.of(spring, List.of(archived), catalog)).hasSize(1);
    }
}

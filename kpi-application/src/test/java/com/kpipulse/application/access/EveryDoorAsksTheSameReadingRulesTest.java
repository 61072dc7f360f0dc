package com.kpipulse.application.access;

import com.kpipulse.application.testing.InMemory;
import com.kpipulse.domain.analysis.Annotation;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EveryDoorAsksTheSameReadingRulesTest {

    private static final Reader HEAD = new Reader("hanna", Set.of(Role.MARKETING_HEAD));
    private static final Reader MARKETER = new Reader("mark", Set.of(Role.MARKETER));
    private static final Reader SMM = new Reader("sofia", Set.of(Role.SMM_SPECIALIST));
    private static final Reader VIEWER = new Reader("vic", Set.of(Role.VIEWER));
    private static final Reader ADMIN = new Reader("ada", Set.of(Role.ADMIN));

    private final List<Goal> goals = new ArrayList<>();
    private final ReadingRights rights = InMemory.readingRights(goals, InMemory.standardCatalog());

    @Test
    void theHeadTheMarketerAndAdminsReadEveryKpiAndMeasure() {
        for (Reader reader : List.of(HEAD, MARKETER, ADMIN)) {
            assertThat(rights.mayReadKpi(reader, "profit")).as(reader.name()).isTrue();
            assertThat(rights.mayReadMeasure(reader, "total_costs")).as(reader.name()).isTrue();
        }
    }

    @Test
    void theSmmSpecialistReadsHerScorecardAndTheOverviewButNotProfitOrCac() {
        assertThat(rights.mayReadKpi(SMM, "engagement_rate")).isTrue();
        assertThat(rights.mayReadKpi(SMM, "revenue")).as("on the overview every role may open").isTrue();
        assertThat(rights.mayReadKpi(SMM, "profit")).isFalse();
        assertThat(rights.mayReadKpi(SMM, "cac")).isFalse();
    }

    @Test
    void aMeasureIsReadableWhenAReadableKpiIsComputedFromIt() {
        assertThat(rights.mayReadMeasure(SMM, "followers")).isTrue();
        assertThat(rights.mayReadMeasure(VIEWER, "revenue")).isTrue();
        assertThat(rights.mayReadMeasure(VIEWER, "new_customers")).as("only cac uses it").isFalse();
        assertThat(rights.readableMeasures(VIEWER)).doesNotContain("new_customers").contains("revenue");
    }

    @Test
    void aGoalVisibleToTheViewerOpensItsKpisToHer() {
        assertThat(rights.mayReadKpi(VIEWER, "cac")).isFalse();
        goals.add(goal(Set.of("viewer")));
        assertThat(rights.mayReadKpi(VIEWER, "cac")).isTrue();
        assertThat(rights.mayReadKpi(SMM, "cac")).as("the goal is the viewer's only").isFalse();
    }

    @Test
    void aGoalForNobodyInParticularIsEverybodys() {
        goals.add(goal(Set.of()));
        assertThat(rights.mayReadKpi(SMM, "cac")).isTrue();
    }

    @Test
    void whoMayReadAKpiMayNoteItAndANoteIsRemovedByItsAuthorOrAnAdmin() {
        assertThat(rights.mayAnnotate(VIEWER, "revenue")).isTrue();
        assertThat(rights.mayAnnotate(VIEWER, "profit")).isFalse();
        Annotation note = new Annotation(UUID.randomUUID(), "revenue", LocalDate.of(2026, 11, 2), "", "vic",
                Instant.parse("2026-11-02T10:00:00Z"), "акция");
        assertThat(rights.mayRemove(VIEWER, note)).isTrue();
        assertThat(rights.mayRemove(SMM, note)).isFalse();
        assertThat(rights.mayRemove(ADMIN, note)).isTrue();
    }

    @Test
    void tokensRolesThatAreNotDepartmentRolesGiveNothing() {
        Reader stranger = Reader.of("x", Set.of("offline_access", "uma_authorization"));
        assertThat(stranger.roles()).isEmpty();
        assertThat(rights.mayReadKpi(stranger, "profit")).isFalse();
    }

    private static Goal goal(Set<String> visibleTo) {
        return new Goal(GoalId.random(), "Снизить CAC", Optional.of(BusinessObjective.SALES), "hanna",
                LocalDate.of(2026, 10, 1), Optional.of(LocalDate.of(2026, 12, 31)), Optional.empty(),
                List.of(GoalKpi.of("cac", Target.absolute("1500"))), visibleTo);
    }
}

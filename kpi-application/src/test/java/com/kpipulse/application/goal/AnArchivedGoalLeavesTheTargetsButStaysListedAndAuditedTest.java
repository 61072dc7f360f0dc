package com.kpipulse.application.goal;

import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.FindingKind;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AnArchivedGoalLeavesTheTargetsButStaysListedAndAuditedTest {

    private static final Set<String> HEAD = Set.of("marketing-head");

    private final List<Goal> stored = new ArrayList<>();
    private final List<String> audited = new ArrayList<>();
    private final ManageGoals goals = manageGoals();

    private ManageGoals manageGoals() {
        ValuesThatCount none = new InMemoryObservationStore().valuesThatCount();
        CurrentKpiCatalog catalogs = InMemory.standardCatalog();
        ReadValues values = new ReadValues(none);
        return new ManageGoals(InMemory.goals(stored), values, InMemory.auditInto(audited), catalogs,
                new PreviewPhasing(catalogs, none, values));
    }

    private static Goal goal(GoalId id, String title, LocalDate start, LocalDate deadline) {
        return new Goal(id, title, Optional.of(BusinessObjective.SALES), "hanna", start, Optional.of(deadline),
                Optional.empty(), List.of(GoalKpi.of("revenue", Target.absolute("1000"))), Set.of("marketing-head"));
    }

    @Test
    void archivingRaisesTheVersionIsAuditedAndTakesTheGoalOffTheTargetsButNotOffTheList() {
        GoalId id = GoalId.random();
        goals.create(goal(id, "Выручка", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 29)), "ada");

        GoalOutcome archived = goals.archive(id, true, ExpectedVersion.of(1), "ada");

        assertThat(archived).isInstanceOfSatisfying(GoalOutcome.Saved.class, saved -> {
            assertThat(saved.version()).isEqualTo(2);
            assertThat(saved.goal().archived()).isTrue();
        });
        assertThat(audited).containsExactly("goal/" + id.value() + " create", "goal/" + id.value() + " archive");
        assertThat(goals.visibleTo(HEAD)).isEmpty();
        assertThat(goals.listed(HEAD)).extracting(versioned -> versioned.value().id()).containsExactly(id);
        assertThat(goals.find(id, HEAD).orElseThrow().value().archived()).isTrue();

        assertThat(goals.archive(id, false, ExpectedVersion.of(2), "ada")).isInstanceOf(GoalOutcome.Saved.class);
        assertThat(goals.visibleTo(HEAD)).extracting(Goal::id).containsExactly(id);
        assertThat(audited).last().isEqualTo("goal/" + id.value() + " unarchive");
    }

    @Test
    void archivingAtAVersionThatMovedOnIsStaleAndArchivingAnArchivedGoalChangesNothing() {
        GoalId id = GoalId.random();
        goals.create(goal(id, "Выручка", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 29)), "ada");
        goals.archive(id, true, ExpectedVersion.any(), "ada");

        assertThat(goals.archive(id, false, ExpectedVersion.of(1), "ada")).isEqualTo(new GoalOutcome.Stale(2));
        assertThat(goals.archive(id, true, ExpectedVersion.of(2), "ada"))
                .isInstanceOfSatisfying(GoalOutcome.Saved.class, saved -> assertThat(saved.version()).isEqualTo(2));
        assertThat(goals.archive(GoalId.random(), true, ExpectedVersion.any(), "ada")).isEqualTo(new GoalOutcome.NotFound());
        assertThat(audited).hasSize(2);
    }

    @Test
    void aChangeThroughTheWizardKeepsTheGoalArchived() {
        GoalId id = GoalId.random();
        goals.create(goal(id, "Выручка", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 29)), "ada");
        goals.archive(id, true, ExpectedVersion.any(), "ada");

        goals.update(goal(id, "Выручка I квартала", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 29)),
                ExpectedVersion.of(2), "ada");

        Versioned<Goal> read = goals.find(id, HEAD).orElseThrow();
        assertThat(read.value().title()).isEqualTo("Выручка I квартала");
        assertThat(read.value().archived()).isTrue();
    }

    @Test
    void aGoalOverlappingAPursuedOneIsWarnedAboutButAnArchivedOneIsNoLongerInTheWay() {
        GoalId first = GoalId.random();
        goals.create(goal(first, "Выручка зимой", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 29)), "ada");
        Goal second = goal(GoalId.random(), "Февральская распродажа", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));

        assertThat(goals.check(second)).extracting(finding -> finding.kind()).contains(FindingKind.OVERLAPS_ANOTHER_GOAL);
        assertThat(goals.create(second, "ada")).isInstanceOfSatisfying(GoalOutcome.Saved.class, saved ->
                assertThat(saved.findings()).anySatisfy(finding ->
                        assertThat(finding.reason().russian()).contains("«Выручка зимой»")));

        goals.archive(first, true, ExpectedVersion.any(), "ada");
        assertThat(goals.check(second)).extracting(finding -> finding.kind()).doesNotContain(FindingKind.OVERLAPS_ANOTHER_GOAL);
    }
}

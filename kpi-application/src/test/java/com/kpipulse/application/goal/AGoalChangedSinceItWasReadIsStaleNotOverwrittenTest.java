package com.kpipulse.application.goal;

import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
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

class AGoalChangedSinceItWasReadIsStaleNotOverwrittenTest {

    private static final Set<String> ADMIN = Set.of("admin");

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

    private static Goal goal(GoalId id, String title, String revenue) {
        return new Goal(id, title, Optional.of(BusinessObjective.SALES), "hanna", LocalDate.of(2026, 1, 5),
                Optional.of(LocalDate.of(2026, 3, 29)), Optional.empty(),
                List.of(GoalKpi.of("revenue", Target.absolute(revenue))), Set.of("marketing-head"));
    }

    private Versioned<Goal> read(GoalId id) {
        return goals.find(id, ADMIN).orElseThrow();
    }

    @Test
    void aNewGoalIsAtVersionOneAndEachChangeRaisesIt() {
        GoalId id = GoalId.random();
        GoalOutcome created = goals.create(goal(id, "Выручка", "1000"), "ada");

        assertThat(created).isInstanceOfSatisfying(GoalOutcome.Saved.class, saved -> assertThat(saved.version()).isEqualTo(1));
        assertThat(goals.update(goal(id, "Выручка I квартала", "1000"), ExpectedVersion.of(1), "ada"))
                .isInstanceOfSatisfying(GoalOutcome.Saved.class, saved -> assertThat(saved.version()).isEqualTo(2));
        assertThat(read(id).version()).isEqualTo(2);
    }

    @Test
    void theSecondOfTwoAdminsWhoReadTheSameVersionIsToldTheGoalChangedAndTheFirstChangeIsKept() {
        GoalId id = GoalId.random();
        goals.create(goal(id, "Выручка", "1000"), "ada");
        Versioned<Goal> seenByAda = read(id);
        Versioned<Goal> seenByBoris = read(id);

        GoalOutcome ada = goals.update(goal(id, "Выручка I квартала", "1000"), ExpectedVersion.of(seenByAda.version()), "ada");
        GoalOutcome boris = goals.update(goal(id, seenByBoris.value().title(), "2000"),
                ExpectedVersion.of(seenByBoris.version()), "boris");

        assertThat(ada).isInstanceOf(GoalOutcome.Saved.class);
        assertThat(boris).isEqualTo(new GoalOutcome.Stale(2));
        assertThat(read(id).value().title()).isEqualTo("Выручка I квартала");
        assertThat(read(id).value().kpis().getFirst().target()).contains(Target.absolute("1000"));
        assertThat(audited).containsExactly("goal/" + id.value() + " create", "goal/" + id.value() + " update");
    }

    @Test
    void withoutAVersionTheLastWriterWinsAsBefore() {
        GoalId id = GoalId.random();
        goals.create(goal(id, "Выручка", "1000"), "ada");
        goals.update(goal(id, "Выручка I квартала", "1000"), ExpectedVersion.any(), "ada");

        assertThat(goals.update(goal(id, "Выручка", "2000"), ExpectedVersion.any(), "boris"))
                .isInstanceOfSatisfying(GoalOutcome.Saved.class, saved -> assertThat(saved.version()).isEqualTo(3));
        assertThat(read(id).value().title()).isEqualTo("Выручка");
    }

    @Test
    void aStaleChangeIsReportedEvenWhenItWouldAlsoBeRefusedBySmart() {
        GoalId id = GoalId.random();
        goals.create(goal(id, "Выручка", "1000"), "ada");
        goals.update(goal(id, "Выручка I квартала", "1000"), ExpectedVersion.any(), "ada");
        Goal withoutObjective = new Goal(id, "Что-то", Optional.empty(), "hanna", LocalDate.of(2026, 1, 5),
                Optional.empty(), Optional.empty(), List.of(), Set.of());

        assertThat(goals.update(withoutObjective, ExpectedVersion.of(1), "boris")).isEqualTo(new GoalOutcome.Stale(2));
    }

    @Test
    void anUnknownGoalIsNotFoundWhateverTheVersion() {
        assertThat(goals.update(goal(GoalId.random(), "Выручка", "1000"), ExpectedVersion.of(1), "ada"))
                .isInstanceOf(GoalOutcome.NotFound.class);
    }

    @Test
    void aGoalIsDeletedOnlyAtTheVersionTheAdminSaw() {
        GoalId id = GoalId.random();
        goals.create(goal(id, "Выручка", "1000"), "ada");
        goals.update(goal(id, "Выручка I квартала", "1000"), ExpectedVersion.any(), "hanna");

        assertThat(goals.delete(id, ExpectedVersion.of(1), "ada")).isEqualTo(new VersionedWrite.Stale(2));
        assertThat(goals.find(id, ADMIN)).isPresent();
        assertThat(goals.delete(id, ExpectedVersion.of(2), "ada")).isInstanceOf(VersionedWrite.Written.class);
        assertThat(goals.find(id, ADMIN)).isEmpty();
        assertThat(goals.delete(id, ExpectedVersion.any(), "ada")).isInstanceOf(VersionedWrite.Missing.class);
    }
}

package com.kpipulse.adapters.goal;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.evaluation.ManualPart;
import com.kpipulse.domain.evaluation.Percentage;
import com.kpipulse.domain.evaluation.Phasing;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What every store of goals does: keeps a goal whole, versions each change, refuses a stale one. */
public abstract class GoalsContract extends PortContract {

    protected abstract Goals goals();

    @Test
    void aGoalIsKeptWholeWithItsTargetsPhasingAndRolesAtVersionOne() {
        Goal goal = goal("Выручка и ROMI");
        tx(() -> goals().create(goal));

        Versioned<Goal> found = tx(() -> goals().find(goal.id())).orElseThrow();
        assertThat(found.version()).isEqualTo(1);
        assertSame(found.value(), goal);
        assertThat(tx(() -> goals().all())).extracting(kept -> kept.value().id()).contains(goal.id());
    }

    @Test
    void aChangeAtTheVersionReadIsWrittenAndMovesTheVersionAStaleOneChangesNothing() {
        Goal goal = goal("Первая редакция");
        tx(() -> goals().create(goal));
        Goal renamed = rename(goal, "Вторая редакция");

        assertThat(tx(() -> goals().replace(renamed, ExpectedVersion.of(1)))).isEqualTo(new VersionedWrite.Written(2));
        assertThat(tx(() -> goals().replace(rename(goal, "Устаревшая"), ExpectedVersion.of(1))))
                .isEqualTo(new VersionedWrite.Stale(2));
        assertThat(tx(() -> goals().find(goal.id())).orElseThrow().value().title()).isEqualTo("Вторая редакция");
        assertThat(tx(() -> goals().replace(rename(goal, "Последняя"), ExpectedVersion.any())))
                .isEqualTo(new VersionedWrite.Written(3));
    }

    @Test
    void aGoalThatIsNotStoredCannotBeReplacedOrDeleted() {
        Goal stranger = goal("Нет такой");
        assertThat(tx(() -> goals().replace(stranger, ExpectedVersion.any()))).isEqualTo(new VersionedWrite.Missing());
        assertThat(tx(() -> goals().delete(stranger.id(), ExpectedVersion.any()))).isEqualTo(new VersionedWrite.Missing());
        assertThat(tx(() -> goals().find(stranger.id()))).isEmpty();
    }

    @Test
    void aStaleDeleteKeepsTheGoalAFreshOneRemovesIt() {
        Goal goal = goal("Удаляемая");
        tx(() -> goals().create(goal));
        tx(() -> goals().replace(rename(goal, "Изменена"), ExpectedVersion.any()));

        assertThat(tx(() -> goals().delete(goal.id(), ExpectedVersion.of(1)))).isEqualTo(new VersionedWrite.Stale(2));
        assertThat(tx(() -> goals().find(goal.id()))).isPresent();
        assertThat(tx(() -> goals().delete(goal.id(), ExpectedVersion.of(2)))).isInstanceOf(VersionedWrite.Written.class);
        assertThat(tx(() -> goals().find(goal.id()))).isEmpty();
    }

    private static void assertSame(Goal actual, Goal expected) {
        assertThat(actual).usingRecursiveComparison()
                .withComparatorForType(BigDecimal::compareTo, BigDecimal.class)
                .ignoringCollectionOrderInFields("visibleToRoles")
                .isEqualTo(expected);
    }

    private static Goal rename(Goal goal, String title) {
        return new Goal(goal.id(), title, goal.objective(), goal.owner(), goal.start(), goal.deadline(),
                goal.baseline(), goal.kpis(), goal.visibleToRoles());
    }

    static Goal goal(String title) {
        LocalDate start = LocalDate.of(2026, 10, 5);
        Period baseline = Period.custom(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));
        return new Goal(GoalId.random(), title, Optional.of(BusinessObjective.SALES), "hanna", start,
                Optional.of(LocalDate.of(2026, 10, 18)), Optional.of(baseline),
                List.of(GoalKpi.of("revenue", Target.relativeTo(baseline, Percentage.ofPercent("20")))
                                .phased(Phasing.SEASONAL),
                        GoalKpi.of("orders", Target.absolute("300")).phased(Phasing.manual(List.of(
                                ManualPart.of("2026-10-05", "120"), ManualPart.of("2026-10-12", "180")))),
                        GoalKpi.withoutTarget("cac")),
                Set.of("marketing-head", "marketer"));
    }
}

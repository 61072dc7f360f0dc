package com.kpipulse.application.goal;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Observation;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A revenue goal of 3 000 from 15 April to 14 May 2023 (30 days, phased evenly), judged on different days. */
class WhereAGoalStandsIsJudgedAsTheScorecardsJudgeItTest {

    private static final Reader HEAD = Reader.of("hanna", Set.of("marketing-head"));
    private static final Reader VIEWER = Reader.of("vic", Set.of("viewer"));

    private final InMemoryObservationStore stored = new InMemoryObservationStore();
    private final List<Goal> goals = new ArrayList<>();
    private final CurrentKpiCatalog catalogs = InMemory.standardCatalog();

    @Test
    void halfwayWithTheDueShareReachedARunningGoalIsOnTrackWithItsShareOfTheWholeTarget() {
        revenue("2023-04-20", 1600);
        Goal goal = goal("Выручка весной", "3000", Set.of("marketing-head"));

        GoalStanding standing = granted(progressOn(LocalDate.of(2023, 4, 29)).of(HEAD, goal.id()));

        assertThat(standing.state()).isEqualTo(GoalStanding.State.ON_TRACK);
        // the 29th is not over: judged to the 28th, whose figures are in
        assertThat(standing.asOf()).isEqualTo(LocalDate.of(2023, 4, 28));
        GoalStanding.KpiStanding revenue = standing.kpis().getFirst();
        assertThat(revenue.target().orElseThrow()).isEqualByComparingTo("3000");
        assertThat(revenue.cumulative()).isTrue();
        assertThat(revenue.due().orElseThrow()).isEqualByComparingTo("1400"); // 14 of 30 days
        assertThat(revenue.actual().number().orElseThrow()).isEqualByComparingTo("1600");
        assertThat(revenue.progress().orElseThrow()).isEqualByComparingTo(new BigDecimal("1600").divide(new BigDecimal("3000"), java.math.MathContext.DECIMAL64));
        assertThat(revenue.status()).contains(Status.ON_TRACK);
    }

    @Test
    void behindTheDueShareItIsOffTrackAndOnTheListWithItsState() {
        revenue("2023-04-20", 600);
        goal("Выручка весной", "3000", Set.of("marketing-head"));

        List<GoalStanding> list = progressOn(LocalDate.of(2023, 4, 29)).list(HEAD, GoalProgress.Shelf.PURSUED);

        assertThat(list).singleElement().satisfies(standing -> {
            assertThat(standing.state()).isEqualTo(GoalStanding.State.OFF_TRACK);
            assertThat(standing.kpis().getFirst().status()).contains(Status.OFF_TRACK);
        });
    }

    @Test
    void beforeItsStartAGoalHasNotBegunAndAfterItsDeadlineItHasEndedJudgedAtTheDeadline() {
        revenue("2023-04-20", 2000);
        revenue("2023-06-01", 5000);
        Goal goal = goal("Выручка весной", "3000", Set.of());

        GoalStanding early = granted(progressOn(LocalDate.of(2023, 4, 1)).of(HEAD, goal.id()));
        GoalStanding late = granted(progressOn(LocalDate.of(2023, 7, 1)).of(HEAD, goal.id()));

        assertThat(early.state()).isEqualTo(GoalStanding.State.NOT_STARTED);
        assertThat(early.kpis().getFirst().status()).isEmpty();
        assertThat(early.kpis().getFirst().target().orElseThrow()).isEqualByComparingTo("3000");
        assertThat(late.state()).isEqualTo(GoalStanding.State.ENDED);
        assertThat(late.asOf()).isEqualTo(LocalDate.of(2023, 5, 14));
        assertThat(late.kpis().getFirst().actual().number().orElseThrow()).isEqualByComparingTo("2000");
        assertThat(late.kpis().getFirst().status()).contains(Status.OFF_TRACK);
    }

    @Test
    void archivedGoalsAreOnTheArchivedShelfOnly() {
        Goal pursued = goal("Выручка весной", "3000", Set.of());
        goals.add(goal("Старая цель", "1000", Set.of()).archived(true));
        goals.removeIf(goal -> goal.title().equals("Старая цель") && !goal.archived());

        GoalProgress progress = progressOn(LocalDate.of(2023, 4, 29));

        assertThat(progress.list(HEAD, GoalProgress.Shelf.PURSUED)).extracting(standing -> standing.goal().value().id())
                .containsExactly(pursued.id());
        assertThat(progress.list(HEAD, GoalProgress.Shelf.ARCHIVED)).singleElement()
                .satisfies(standing -> assertThat(standing.state()).isEqualTo(GoalStanding.State.ARCHIVED));
    }

    @Test
    void aGoalForOtherRolesIsDeniedAndAnUnknownOneIsUnknown() {
        Goal goal = goal("Выручка весной", "3000", Set.of("marketing-head"));
        GoalProgress progress = progressOn(LocalDate.of(2023, 4, 29));

        assertThat(progress.of(VIEWER, goal.id())).isInstanceOf(Access.Denied.class);
        assertThat(progress.of(HEAD, GoalId.random())).isInstanceOf(Access.Unknown.class);
        assertThat(progress.list(VIEWER, GoalProgress.Shelf.PURSUED)).isEmpty();
    }

    private static GoalStanding granted(Access<GoalStanding> access) {
        assertThat(access).isInstanceOf(Access.Granted.class);
        return ((Access.Granted<GoalStanding>) access).value();
    }

    private GoalProgress progressOn(LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new GoalProgress(InMemory.goals(goals), catalogs, stored.valuesThatCount(), InMemory.coverage(clock), clock);
    }

    private Goal goal(String title, String target, Set<String> visibleTo) {
        Goal goal = new Goal(GoalId.random(), title, Optional.of(BusinessObjective.SALES), "hanna",
                LocalDate.of(2023, 4, 15), Optional.of(LocalDate.of(2023, 5, 14)), Optional.empty(),
                List.of(GoalKpi.of("revenue", Target.absolute(target))), visibleTo);
        goals.add(goal);
        return goal;
    }

    private void revenue(String day, int rubles) {
        stored.holds(Observation.daily("revenue", LocalDate.parse(day), Map.of("channel", "seo"),
                Money.of(Integer.toString(rubles), "RUB")));
    }
}

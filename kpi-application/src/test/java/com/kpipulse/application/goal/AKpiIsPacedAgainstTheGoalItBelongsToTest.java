package com.kpipulse.application.goal;

import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.BusinessObjective;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
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

/** Months March to June 2023; the revenue goal runs from 15 April to 14 May (16 days in April, 14 in May). */
class AKpiIsPacedAgainstTheGoalItBelongsToTest {

    private static final Set<String> HEAD = Set.of("marketing-head");
    private static final List<Period> MONTHS = List.of(Period.month(2023, 3), Period.month(2023, 4),
            Period.month(2023, 5), Period.month(2023, 6));

    private final InMemoryObservationStore stored = new InMemoryObservationStore();
    private final List<Goal> goals = new ArrayList<>();
    private final CurrentKpiCatalog catalogs = InMemory.standardCatalog();

    private final ValuesThatCount reader = stored.valuesThatCount();

    @Test
    void aTotalIsDueAddedUpFromTheGoalsStartNextToTheRunningTotalOfTheActual() {
        revenue("2023-04-10", "seo", 700);
        revenue("2023-04-20", "seo", 1500);
        revenue("2023-05-05", "vk_ads", 1000);
        revenue("2023-05-20", "seo", 400);
        goal("revenue", "3000", LocalDate.of(2023, 4, 15), LocalDate.of(2023, 5, 14), HEAD);

        TargetTrack track = paceOn(LocalDate.of(2026, 11, 23)).track(kpi("revenue"), Grain.MONTH, MONTHS, HEAD);

        assertThat(track.pacedGoal().orElseThrow().cumulative()).isTrue();
        assertThat(track.pacedGoal().orElseThrow().goalTarget()).isEqualByComparingTo("3000");
        assertThat(track.steps()).extracting(TargetTrack.Step::period).isEqualTo(MONTHS);
        assertThat(track.steps().get(0).target()).isEmpty();
        assertThat(track.steps().get(0).pace()).isEmpty();
        assertThat(track.steps().get(1).target().orElseThrow()).isEqualByComparingTo("1600");
        assertThat(track.steps().get(2).target().orElseThrow()).isEqualByComparingTo("1400");
        assertThat(track.steps().get(3).target()).isEmpty();

        TargetTrack.Pace april = track.steps().get(1).pace().orElseThrow();
        assertThat(april.asOf()).isEqualTo(LocalDate.of(2023, 4, 30));
        assertThat(april.due()).isEqualByComparingTo("1600");
        assertThat(april.actualSinceStart().number().orElseThrow()).isEqualByComparingTo("1500");
        TargetTrack.Pace may = track.steps().get(2).pace().orElseThrow();
        assertThat(may.asOf()).isEqualTo(LocalDate.of(2023, 5, 14));
        assertThat(may.due()).isEqualByComparingTo("3000");
        assertThat(may.actualSinceStart().number().orElseThrow()).isEqualByComparingTo("2500");
        assertThat(track.steps().get(3).pace()).isEmpty();
    }

    @Test
    void inTheRunningPeriodTheDueAmountAndTheActualStopAtTheLastWholeDay() {
        revenue("2023-04-20", "seo", 1500);
        revenue("2023-05-05", "vk_ads", 1000);
        revenue("2023-05-11", "vk_ads", 900); // today's figures are not in yet, so today is not judged
        goal("revenue", "3000", LocalDate.of(2023, 4, 15), LocalDate.of(2023, 5, 14), HEAD);

        TargetTrack track = paceOn(LocalDate.of(2023, 5, 11)).track(kpi("revenue"), Grain.MONTH, MONTHS, HEAD);

        TargetTrack.Pace may = track.steps().get(2).pace().orElseThrow();
        assertThat(may.asOf()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(may.due()).isEqualByComparingTo("2600"); // 1600 for April and 10 of May's 14 days of 1400
        assertThat(may.actualSinceStart().number().orElseThrow()).isEqualByComparingTo("2500");
        assertThat(may.evaluation().status()).isEqualTo(Status.AT_RISK); // 96 %
        assertThat(track.steps().get(3).pace()).isEmpty();
    }

    @Test
    void thePaceStartsWithTheGoalsFirstPeriodAndIsProvisionalWhenTakenBeforeThePeriodsEnd() {
        revenue("2023-04-20", "seo", 1500);
        revenue("2023-05-05", "vk_ads", 1000);
        goal("revenue", "3000", LocalDate.of(2023, 4, 15), LocalDate.of(2023, 5, 14), HEAD);
        LocalDate deadline = LocalDate.of(2023, 5, 14);

        TargetTrack done = paceOn(LocalDate.of(2026, 11, 23)).track(kpi("revenue"), Grain.MONTH, MONTHS, HEAD);
        TargetTrack running = paceOn(LocalDate.of(2023, 5, 11)).track(kpi("revenue"), Grain.MONTH, MONTHS, HEAD);

        assertThat(done.firstPaced()).isEqualTo(1);
        assertThat(done.lastPace().orElseThrow().asOf()).isEqualTo(deadline);
        assertThat(done.steps().get(2).paceTakenEarly(deadline)).isFalse(); // May's pace ends at the deadline
        assertThat(running.lastPace().orElseThrow().asOf()).isEqualTo(LocalDate.of(2023, 5, 10));
        assertThat(running.steps().get(2).paceTakenEarly(deadline)).isTrue();
        assertThat(running.steps().get(1).paceTakenEarly(deadline)).isFalse();
    }

    @Test
    void thePeriodIsJudgedOnTheDaysTheGoalCoversAsTheScorecardRowJudgesIt() {
        revenue("2023-04-10", "seo", 700);
        revenue("2023-04-20", "seo", 1500);
        goal("revenue", "3000", LocalDate.of(2023, 4, 15), LocalDate.of(2023, 5, 14), HEAD);

        PeriodJudgement april = paceOn(LocalDate.of(2026, 11, 23)).judge(kpi("revenue"), MONTHS.get(1), HEAD);

        PeriodJudgement.Judged judged = (PeriodJudgement.Judged) april;
        assertThat(judged.window()).isEqualTo(Period.custom(LocalDate.of(2023, 4, 15), LocalDate.of(2023, 4, 30)));
        assertThat(judged.evaluation().target().number().orElseThrow()).isEqualByComparingTo("1600");
        assertThat(judged.evaluation().actual().number().orElseThrow()).isEqualByComparingTo("1500"); // not the 700 before
        assertThat(paceOn(LocalDate.of(2026, 11, 23)).judge(kpi("revenue"), MONTHS.get(1), Set.of("viewer")))
                .isInstanceOf(PeriodJudgement.NoGoal.class);
    }

    @Test
    void aRateIsDueAtItsLevelAndItsActualIsTheRateSinceTheGoalsStart() {
        count("visits", "2023-04-10", 1000);
        count("orders", "2023-04-10", 20);
        count("visits", "2023-05-10", 1000);
        count("orders", "2023-05-10", 40);
        goal("conversion_rate", "0.03", LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30), HEAD);

        TargetTrack track = paceOn(LocalDate.of(2026, 11, 23)).track(kpi("conversion_rate"), Grain.MONTH, MONTHS, HEAD);

        assertThat(track.pacedGoal().orElseThrow().cumulative()).isFalse();
        assertThat(track.steps().get(1).target().orElseThrow()).isEqualByComparingTo("0.03");
        assertThat(track.steps().get(1).pace().orElseThrow().due()).isEqualByComparingTo("0.03");
        assertThat(track.steps().get(1).pace().orElseThrow().actualSinceStart().number().orElseThrow())
                .isEqualByComparingTo("0.02");
        assertThat(track.steps().get(2).pace().orElseThrow().actualSinceStart().number().orElseThrow())
                .isEqualByComparingTo("0.03"); // 60 orders of 2000 visits, not the average of 2 % and 4 %
    }

    @Test
    void theMostRecentlyStartedGoalIsPacedWhileEachPeriodKeepsTheTargetOfTheGoalCoveringIt() {
        revenue("2023-03-10", "seo", 900);
        revenue("2023-05-05", "seo", 1000);
        goal("revenue", "3100", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), HEAD);
        goal("revenue", "3000", LocalDate.of(2023, 4, 15), LocalDate.of(2023, 5, 14), HEAD);

        TargetTrack track = paceOn(LocalDate.of(2026, 11, 23)).track(kpi("revenue"), Grain.MONTH, MONTHS, HEAD);

        assertThat(track.pacedGoal().orElseThrow().goal().start()).isEqualTo(LocalDate.of(2023, 4, 15));
        assertThat(track.steps().get(0).target().orElseThrow()).isEqualByComparingTo("3100");
        assertThat(track.steps().get(0).pace()).isEmpty();
        assertThat(track.steps().get(2).pace().orElseThrow().actualSinceStart().number().orElseThrow())
                .isEqualByComparingTo("1000");
    }

    @Test
    void aGoalTheReaderMayNotSeeGivesNeitherTargetsNorPace() {
        revenue("2023-04-20", "seo", 1500);
        goal("revenue", "3000", LocalDate.of(2023, 4, 15), LocalDate.of(2023, 5, 14), HEAD);

        TargetTrack track = paceOn(LocalDate.of(2026, 11, 23)).track(kpi("revenue"), Grain.MONTH, MONTHS, Set.of("viewer"));

        assertThat(track.pacedGoal()).isEmpty();
        assertThat(track.steps()).hasSize(MONTHS.size())
                .allSatisfy(step -> assertThat(step.target()).isEmpty())
                .allSatisfy(step -> assertThat(step.pace()).isEmpty());
    }

    private PaceAgainstGoals paceOn(LocalDate today) {
        Clock clock = Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new PaceAgainstGoals(InMemory.manageGoals(goals, reader, catalogs), catalogs, reader,
                InMemory.coverage(clock));
    }

    private KpiDefinition kpi(String code) {
        return catalogs.current().find(code).orElseThrow();
    }

    private void goal(String kpi, String target, LocalDate start, LocalDate deadline, Set<String> visibleTo) {
        goals.add(new Goal(GoalId.random(), "Цель по " + kpi, Optional.of(BusinessObjective.SALES), "hanna", start,
                Optional.of(deadline), Optional.empty(), List.of(GoalKpi.of(kpi, Target.absolute(target))), visibleTo));
    }

    private void revenue(String day, String channel, int rubles) {
        stored.holds(Observation.daily("revenue", LocalDate.parse(day), Map.of("channel", channel),
                Money.of(Integer.toString(rubles), "RUB")));
    }

    private void count(String measure, String day, int value) {
        stored.holds(Observation.daily(measure, LocalDate.parse(day), Map.of("channel", "seo"), new BigDecimal(value)));
    }
}

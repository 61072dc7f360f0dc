package com.kpipulse.application.goal;

import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.domain.evaluation.PhasedTarget;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.DataReach;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A KPI's targets along the periods of its history chart, from the goals the reader may see: each period's share of
 * the goal target (phased as the scorecard phases it) and the pace towards one goal — what is due by each period's
 * end, added up from the goal's start, next to the actual over the same days. Also the KPI in one period judged as
 * the scorecard rows judge it, so the detail page and the scorecards say the same. Both go through
 * {@link JudgeAgainstGoals} and stop where the KPI's data do ({@link DataCoverage}); a provisional period's target
 * is pro-rated to the days its data cover.
 */
@ApplicationScoped
public class PaceAgainstGoals {

    private final ManageGoals goals;
    private final CurrentKpiCatalog catalogs;
    private final ValuesThatCount observations;
    private final DataCoverage coverage;

    @Inject
    public PaceAgainstGoals(ManageGoals goals, CurrentKpiCatalog catalogs, ValuesThatCount observations,
                            DataCoverage coverage) {
        this.goals = goals;
        this.catalogs = catalogs;
        this.observations = observations;
        this.coverage = coverage;
    }

    /**
     * @param periods consecutive periods of {@code grain}, oldest first
     */
    public TargetTrack track(KpiDefinition kpi, Grain grain, List<Period> periods, Set<String> viewerRoles) {
        if (periods.isEmpty()) {
            return new TargetTrack(List.of(), Optional.empty());
        }
        KpiCatalog catalog = catalogs.current();
        GoalTargetPhasing phasing = new GoalTargetPhasing(catalog, observations);
        DataReach reach = coverage.now();
        JudgeAgainstGoals judge = new JudgeAgainstGoals(catalog, phasing, reach);
        Period span = new Period(periods.getFirst().start(), periods.getLast().endExclusive());
        List<GoalTarget> targets = new ArrayList<>();
        for (Goal goal : goals.visibleTo(viewerRoles)) {
            Optional<Period> goalPeriod = goal.period();
            if (goalPeriod.isEmpty() || !overlap(goalPeriod.get(), span)) {
                continue;
            }
            goal.kpis().stream().filter(goalKpi -> goalKpi.kpi().equals(kpi.code()) && goalKpi.target().isPresent())
                    .findFirst()
                    .ifPresent(goalKpi -> phasing.phased(goal, goalKpi, kpi, grain).ifPresent(phased ->
                            targets.add(new GoalTarget(goal, goalKpi, phased.target(), phased.goalTarget()))));
        }
        LocalDate lastDay = judge.lastDayCovered(kpi);
        Optional<GoalTarget> paced = paced(targets, min(lastDay, span.lastDay()));
        List<TargetTrack.Step> steps = periods.stream().map(period -> new TargetTrack.Step(period,
                targets.stream().map(target -> targetIn(target, Coverage.of(period, lastDay)))
                        .flatMap(Optional::stream).findFirst(),
                paced.flatMap(goal -> pace(goal, period, lastDay, kpi, judge)))).toList();
        return new TargetTrack(steps, paced.map(goal -> new TargetTrack.PacedGoal(goal.goal(), goal.goalTarget(),
                goal.phased().cumulative())));
    }

    /**
     * The KPI in {@code period} against the goals the reader may see, exactly as the scorecard rows judge it (all
     * channels).
     */
    public PeriodJudgement judge(KpiDefinition kpi, Period period, Set<String> viewerRoles) {
        KpiCatalog catalog = catalogs.current();
        JudgeAgainstGoals judge = new JudgeAgainstGoals(catalog, new GoalTargetPhasing(catalog, observations),
                coverage.now());
        return judge.inPeriod(kpi, period, goals.visibleTo(viewerRoles), Set.of());
    }

    private record GoalTarget(Goal goal, GoalKpi goalKpi, PhasedTarget phased, BigDecimal goalTarget) {
    }

    /**
     * The period's part of the goal's target: the parts inside it, or for a provisional period the target over the
     * goal's days it covers (pro-rated as the scorecard row judges it); empty when it has none of them.
     */
    private static Optional<BigDecimal> targetIn(GoalTarget target, Coverage covered) {
        if (!covered.provisional()) {
            return GoalTargetPhasing.within(target.phased(), covered.period());
        }
        Period goalPeriod = target.goal().period().orElseThrow();
        return covered.toDate().flatMap(days -> days.within(goalPeriod.start(), goalPeriod.lastDay()))
                .map(days -> target.phased().dueOver(days.part()));
    }

    /** The goal that has begun most recently by the end of the chart (by the last day the KPI's data cover when earlier). */
    private static Optional<GoalTarget> paced(List<GoalTarget> targets, LocalDate lastDay) {
        GoalTarget latest = null;
        for (GoalTarget target : targets) {
            LocalDate start = target.goal().start();
            if (!start.isAfter(lastDay) && (latest == null || start.isAfter(latest.goal().start()))) {
                latest = target;
            }
        }
        return Optional.ofNullable(latest);
    }

    private static Optional<TargetTrack.Pace> pace(GoalTarget target, Period period, LocalDate lastDay, KpiDefinition kpi,
                                                   JudgeAgainstGoals judge) {
        Goal goal = target.goal();
        LocalDate asOf = min(min(lastDay, period.lastDay()), goal.period().orElseThrow().lastDay());
        if (asOf.isBefore(goal.start()) || asOf.isBefore(period.start())) {
            return Optional.empty();
        }
        return judge.sinceStart(goal, target.goalKpi(), kpi, asOf).map(since -> new TargetTrack.Pace(asOf, since.due(),
                since.evaluation().actual(), since.evaluation()));
    }

    private static boolean overlap(Period a, Period b) {
        return a.start().isBefore(b.endExclusive()) && b.start().isBefore(a.endExclusive());
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

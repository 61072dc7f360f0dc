package com.kpipulse.application.goal;

import com.kpipulse.domain.evaluation.EvaluationPolicy;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.evaluation.KpiEvaluator;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges KPIs against goals the one way every page does: the scorecard rows ("for the period"), the goals table
 * ("since the goal's start") and the KPI detail (both). Targets are phased by week as each goal KPI keeps it
 * ({@link GoalTargetPhasing}, weekly because that is how the wizard shows and takes a phasing) and added up over
 * exactly the days compared; actuals come from the goal's own read of the store, so two pages never judge the same
 * days on different figures. One instance serves one computation.
 */
public final class JudgeAgainstGoals {

    private final GoalTargetPhasing phasing;
    private final KpiEngine engine;
    private final KpiEvaluator evaluator;

    public JudgeAgainstGoals(KpiCatalog catalog, GoalTargetPhasing phasing) {
        this.phasing = phasing;
        this.engine = new KpiEngine(catalog);
        this.evaluator = new KpiEvaluator(engine, EvaluationPolicy.standard());
    }

    /**
     * The KPI in {@code period} against the first of {@code goals} that sets it a target on a day of the period:
     * the actual over the days of the period the goal covers, up to {@code lastDay}, against the target over the same
     * days. Under a channel filter a total gets the channels' share of the target (their share in the goal's
     * baseline, else in as many days just before the goal); a level gets no channel target, and says so.
     */
    public PeriodJudgement inPeriod(KpiDefinition kpi, Period period, List<Goal> goals, LocalDate lastDay,
                                    Set<String> channels) {
        for (Goal goal : goals) {
            Optional<Period> goalPeriod = goal.period();
            if (goalPeriod.isEmpty()) {
                continue;
            }
            for (GoalKpi goalKpi : goal.kpis()) {
                if (!goalKpi.kpi().equals(kpi.code()) || goalKpi.target().isEmpty()) {
                    continue;
                }
                Optional<Period> covered = clip(period, goalPeriod.get().start(), goalPeriod.get().lastDay());
                if (covered.isEmpty()) {
                    continue;
                }
                Optional<GoalTargetPhasing.Phased> phased = phasing.phased(goal, goalKpi, kpi, Grain.WEEK);
                if (phased.isEmpty()) {
                    continue;
                }
                return judge(kpi, goal, covered.get(), phased.get(), lastDay, channels);
            }
        }
        return new PeriodJudgement.NoGoal();
    }

    private PeriodJudgement judge(KpiDefinition kpi, Goal goal, Period covered, GoalTargetPhasing.Phased phased,
                                  LocalDate lastDay, Set<String> channels) {
        Optional<Period> window = clip(covered, covered.start(), lastDay);
        if (window.isEmpty()) {
            return new PeriodJudgement.Upcoming(goal, GoalTargetPhasing.dueOver(phased.target(), covered), covered.start());
        }
        BigDecimal due = GoalTargetPhasing.dueOver(phased.target(), window.get());
        ObservationSet data = phasing.dataOf(goal);
        if (channels.isEmpty()) {
            KpiEvaluation evaluation = evaluator.evaluate(kpi, window.get(), Target.absolute(due), DimensionSelection.all(), data);
            return new PeriodJudgement.Judged(goal, window.get(), evaluation, Optional.empty());
        }
        if (!phased.target().cumulative()) {
            return new PeriodJudgement.NoChannelPlan(goal, PeriodJudgement.NoChannelPlanReason.LEVEL_FOR_ALL_CHANNELS,
                    Optional.empty());
        }
        DimensionSelection chosen = DimensionSelection.where("channel", channels.toArray(String[]::new));
        Period base = goal.baseline().orElseGet(() -> {
            Period goalPeriod = goal.period().orElseThrow();
            return new Period(goal.start().minusDays(goalPeriod.days()), goal.start());
        });
        KpiValue part = engine.evaluate(kpi, base, chosen, data);
        KpiValue whole = engine.evaluate(kpi, base, DimensionSelection.all(), data);
        if (!(part instanceof KpiValue.Known known) || !(whole instanceof KpiValue.Known all)
                || all.value().signum() <= 0 || known.value().signum() < 0) {
            return new PeriodJudgement.NoChannelPlan(goal, PeriodJudgement.NoChannelPlanReason.NO_BASE_FOR_SHARE,
                    Optional.of(base));
        }
        BigDecimal share = known.value().divide(all.value(), MathContext.DECIMAL128);
        KpiEvaluation evaluation = evaluator.evaluate(kpi, window.get(), Target.absolute(due.multiply(share)), chosen, data);
        return new PeriodJudgement.Judged(goal, window.get(), evaluation,
                Optional.of(new PeriodJudgement.ChannelShare(share, base, goal.baseline().isPresent())));
    }

    /**
     * The goal KPI from the goal's start to {@code asOf} (which the caller keeps within the goal and at or before
     * the last whole day); empty before the start or when the target cannot be resolved.
     */
    public Optional<SinceStart> sinceStart(Goal goal, GoalKpi goalKpi, KpiDefinition kpi, LocalDate asOf) {
        if (goal.period().isEmpty() || asOf.isBefore(goal.start()) || goalKpi.target().isEmpty()) {
            return Optional.empty();
        }
        return phasing.phased(goal, goalKpi, kpi, Grain.WEEK).map(phased -> {
            Period soFar = Period.custom(goal.start(), asOf);
            BigDecimal due = GoalTargetPhasing.dueOver(phased.target(), soFar);
            KpiEvaluation evaluation = evaluator.evaluate(kpi, soFar, Target.absolute(due), DimensionSelection.all(),
                    phasing.dataOf(goal));
            BigDecimal total = phased.goalTarget();
            boolean cumulative = phased.target().cumulative();
            Optional<BigDecimal> progress = cumulative && total.signum() > 0
                    ? evaluation.actual().number().map(actual -> actual.divide(total, MathContext.DECIMAL64))
                    : evaluation.attainment();
            return new SinceStart(goal, kpi, total, cumulative, asOf, due, evaluation, progress);
        });
    }

    /** The days of {@code period} from {@code first} to {@code last}; empty when there are none. */
    private static Optional<Period> clip(Period period, LocalDate first, LocalDate last) {
        LocalDate start = period.start().isAfter(first) ? period.start() : first;
        LocalDate end = period.lastDay().isBefore(last) ? period.lastDay() : last;
        return end.isBefore(start) ? Optional.empty() : Optional.of(Period.custom(start, end));
    }
}

package com.kpipulse.application.goal;

import com.kpipulse.domain.evaluation.EvaluationPolicy;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.evaluation.KpiEvaluator;
import com.kpipulse.domain.evaluation.PhasedTarget;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DataReach;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.PartOfPeriod;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.period.Grain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges KPIs against goals the one way every page does: the scorecard rows ("for the period"), the goals table and
 * the goals' pages ("since the goal's start") and the KPI detail (both). Targets are phased by week as each goal KPI
 * keeps it ({@link GoalTargetPhasing}, weekly because that is how the wizard shows and takes a phasing) and added up
 * over exactly the days compared; those days stop where the KPI's data do ({@link DataReach}: the last day that is
 * over and that its sources have delivered), so a provisional period is judged on the days it has against the target
 * pro-rated to them, and never off track for days nobody has seen. Actuals come from the goal's own read of the store,
 * so two pages never judge the same days on different figures. One instance serves one computation, or one run of
 * work (the cycle's scorecards and analyses share one): within it a goal KPI's phased target and a total's share of
 * all channels in the goal's baseline are worked out once, however many channels ask.
 */
public final class JudgeAgainstGoals {

    private final KpiCatalog catalog;
    private final GoalTargetPhasing phasing;
    private final DataReach reach;
    private final KpiEngine engine;
    private final KpiEvaluator evaluator;
    /** Per goal and KPI: the phased target; the goals do not change while one instance serves. */
    private final Map<List<Object>, Optional<GoalTargetPhasing.Phased>> phased = new ConcurrentHashMap<>();
    /** Per goal, KPI and baseline: the KPI in all channels, each channel's share's denominator. */
    private final Map<List<Object>, KpiValue> wholes = new ConcurrentHashMap<>();
    /** What {@link #inPeriodOnce} answered. */
    private final Map<Question, PeriodJudgement> judged = new ConcurrentHashMap<>();

    public JudgeAgainstGoals(KpiCatalog catalog, GoalTargetPhasing phasing, DataReach reach) {
        this.catalog = catalog;
        this.phasing = phasing;
        this.reach = reach;
        this.engine = new KpiEngine(catalog);
        this.evaluator = new KpiEvaluator(engine, EvaluationPolicy.standard());
    }

    /**
     * What {@link #inPeriod} is asked, as the key of its answer while one instance serves (within a run of work, the
     * monitoring cycle judges each KPI of each channel for several roles' scorecards and again for the analysis of
     * its deviations): the same KPI, period, goals (those with a period: the others judge nothing) and channels, on
     * the same day, give the same judgement while the catalog, goals and deliveries stay as they were read.
     */
    public record Question(String kpi, Period period, List<GoalId> goals, Set<String> channels,
                           LocalDate lastCompleteDay) {
    }

    /** The key of {@link #inPeriod}'s answer for these arguments. */
    public Question question(KpiDefinition kpi, Period period, List<Goal> goals, Set<String> channels) {
        return new Question(kpi.code().value(), period, goals.stream().filter(goal -> goal.period().isPresent())
                .map(Goal::id).toList(), Set.copyOf(channels), reach.lastCompleteDay());
    }

    /** The last day the KPI's figures cover: over, and delivered by the sources of every measure it needs. */
    public LocalDate lastDayCovered(KpiDefinition kpi) {
        return reach.lastDayOf(catalog.measuresOf(kpi));
    }

    /**
     * {@link #inPeriod}, judged once per {@link #question} while this instance serves: a run's scorecards and
     * analyses ask the same judgement many times, some of them on the common fork-join pool (ADR 26). Safe to call
     * from several threads once {@link #readFor} has read what the judgement needs.
     */
    public PeriodJudgement inPeriodOnce(KpiDefinition kpi, Period period, List<Goal> goals, Set<String> channels) {
        Question question = question(kpi, period, goals, channels);
        PeriodJudgement found = judged.get(question);
        if (found == null) {
            PeriodJudgement made = inPeriod(kpi, period, goals, channels);
            found = judged.putIfAbsent(question, made);
            return found == null ? made : found;
        }
        return found;
    }

    /**
     * Reads now what judging the KPI in {@code period} against {@code goals} reads from the store (the values of the
     * goal that sets its target, to phase that target), so that {@link #inPeriod} for any channels reads nothing
     * more: called on the thread that reads before the judgement is handed to another.
     */
    public void readFor(KpiDefinition kpi, Period period, List<Goal> goals) {
        targetIn(kpi, period, goals).filter(found -> !found.covered().start().isAfter(reach.lastCompleteDay()))
                .ifPresent(found -> phasing.dataOf(found.goal()));
    }

    /** The goal that sets the KPI a target on a day of the period, the days of the period it covers, the target. */
    private record GoalTarget(Goal goal, Period covered, GoalTargetPhasing.Phased target) {
    }

    private Optional<GoalTarget> targetIn(KpiDefinition kpi, Period period, List<Goal> goals) {
        for (Goal goal : goals) {
            Optional<Period> goalPeriod = goal.period();
            if (goalPeriod.isEmpty()) {
                continue;
            }
            for (GoalKpi goalKpi : goal.kpis()) {
                if (!goalKpi.kpi().equals(kpi.code()) || goalKpi.target().isEmpty()) {
                    continue;
                }
                Optional<PartOfPeriod> covered = PartOfPeriod.all(period)
                        .within(goalPeriod.get().start(), goalPeriod.get().lastDay());
                if (covered.isEmpty()) {
                    continue;
                }
                Optional<GoalTargetPhasing.Phased> target = phasedOnce(goal, goalKpi, kpi);
                if (target.isEmpty()) {
                    continue;
                }
                return Optional.of(new GoalTarget(goal, covered.get().part(), target.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The KPI in {@code period} against the first of {@code goals} that sets it a target on a day of the period:
     * the actual over the days of the period the goal covers, as far as the KPI's data cover them, against the target
     * over the same days. Under a channel filter a total gets the channels' share of the target (their share in the
     * goal's baseline, else in as many days just before the goal); a level gets no channel target, and says so.
     */
    public PeriodJudgement inPeriod(KpiDefinition kpi, Period period, List<Goal> goals, Set<String> channels) {
        return targetIn(kpi, period, goals)
                .map(found -> judge(kpi, found.goal(), found.covered(), found.target(), channels))
                .orElseGet(PeriodJudgement.NoGoal::new);
    }

    private PeriodJudgement judge(KpiDefinition kpi, Goal goal, Period covered, GoalTargetPhasing.Phased phased,
                                  Set<String> channels) {
        if (covered.start().isAfter(reach.lastCompleteDay())) {
            return new PeriodJudgement.Upcoming(goal, phased.target().dueOver(covered), covered.start());
        }
        Coverage coverage = Coverage.of(covered, lastDayCovered(kpi));
        ObservationSet data = phasing.dataOf(goal);
        if (channels.isEmpty()) {
            return judged(kpi, goal, coverage, phased.target(), DimensionSelection.all(), data, Optional.empty());
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
        KpiValue whole = wholes.computeIfAbsent(List.of(goal.id(), kpi.code(), base),
                key -> engine.evaluate(kpi, base, DimensionSelection.all(), data));
        if (!(part instanceof KpiValue.Known known) || !(whole instanceof KpiValue.Known all)
                || all.value().signum() <= 0 || known.value().signum() < 0) {
            return new PeriodJudgement.NoChannelPlan(goal, PeriodJudgement.NoChannelPlanReason.NO_BASE_FOR_SHARE,
                    Optional.of(base));
        }
        BigDecimal share = known.value().divide(all.value(), MathContext.DECIMAL128);
        return judged(kpi, goal, coverage, phased.target().scaledBy(share), chosen, data,
                Optional.of(new PeriodJudgement.ChannelShare(share, base, goal.baseline().isPresent())));
    }

    private PeriodJudgement judged(KpiDefinition kpi, Goal goal, Coverage coverage, PhasedTarget target,
                                   DimensionSelection selection, ObservationSet data,
                                   Optional<PeriodJudgement.ChannelShare> share) {
        KpiEvaluation evaluation = evaluator.evaluateToDate(kpi, coverage, target, selection, data);
        Period window = coverage.toDate().map(PartOfPeriod::part).orElse(coverage.period());
        return new PeriodJudgement.Judged(goal, window, evaluation, share);
    }

    /**
     * The goal KPI from the goal's start to {@code until}, or to the deadline or the last day the KPI's data cover
     * when earlier; empty before the start or when the target cannot be resolved.
     */
    public Optional<SinceStart> sinceStart(Goal goal, GoalKpi goalKpi, KpiDefinition kpi, LocalDate until) {
        if (goal.period().isEmpty() || goalKpi.target().isEmpty()) {
            return Optional.empty();
        }
        LocalDate asOf = min(min(until, goal.period().get().lastDay()), lastDayCovered(kpi));
        if (asOf.isBefore(goal.start())) {
            return Optional.empty();
        }
        return phasedOnce(goal, goalKpi, kpi).map(phased -> {
            Period soFar = Period.custom(goal.start(), asOf);
            BigDecimal due = phased.target().dueOver(soFar);
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

    /** The goal KPI's target phased by week, worked out once per goal and KPI. */
    private Optional<GoalTargetPhasing.Phased> phasedOnce(Goal goal, GoalKpi goalKpi, KpiDefinition kpi) {
        return phased.computeIfAbsent(List.of(goal.id(), goalKpi.kpi(), kpi.code()),
                key -> phasing.phased(goal, goalKpi, kpi, Grain.WEEK));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}

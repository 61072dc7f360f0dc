package com.kpipulse.application.goal;

import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.domain.evaluation.EvaluationPolicy;
import com.kpipulse.domain.evaluation.KpiEvaluator;
import com.kpipulse.domain.evaluation.PeriodTarget;
import com.kpipulse.domain.evaluation.PhasedTarget;
import com.kpipulse.domain.evaluation.Phasing;
import com.kpipulse.domain.evaluation.PhasingMethod;
import com.kpipulse.domain.evaluation.PhasingResult;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.evaluation.TargetPhasing;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A goal's KPI targets split over the periods of a grain, the way scorecards and the KPI detail judge them: a
 * relative target is first turned into a figure from the baseline, then phased over the goal's periods (clipped at
 * its start and deadline) as the goal KPI keeps it: evenly by days, by last year's shape, or by the weeks typed in
 * by hand. Seasonal phasing without last year's values falls back to even: the goal was saved with a warning saying
 * so, and an even target is more use to the reader than none. One instance serves one computation and reads each
 * goal's values once.
 */
public final class GoalTargetPhasing {

    private final KpiCatalog catalog;
    private final ValuesThatCount observations;
    private final KpiEvaluator evaluator;
    private final TargetPhasing phasing;
    /** Per goal, its values; read on the thread that reads, found by any (a run judges on several, ADR 26). */
    private final Map<Goal, ObservationSet> read = new ConcurrentHashMap<>();

    public GoalTargetPhasing(KpiCatalog catalog, ValuesThatCount observations) {
        KpiEngine engine = new KpiEngine(catalog);
        this.catalog = catalog;
        this.observations = observations;
        this.evaluator = new KpiEvaluator(engine, EvaluationPolicy.standard());
        this.phasing = new TargetPhasing(engine);
    }

    /**
     * A goal KPI's target split over the goal's parts of a grain.
     *
     * @param goalTarget the goal's target as a figure: the total to reach, or the level of a rate
     */
    public record Phased(PhasedTarget target, BigDecimal goalTarget) {
    }

    /** The goal KPI's target split over the goal's periods of the grain; empty when it cannot be resolved. */
    public Optional<Phased> phased(Goal goal, GoalKpi goalKpi, KpiDefinition kpi, Grain grain) {
        Period goalPeriod = goal.period().orElseThrow(() -> new IllegalArgumentException("The goal has no deadline"));
        Optional<Target> target = goalKpi.target();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        ObservationSet data = dataOf(goal);
        if (!(evaluator.resolveTarget(kpi, target.get(), DimensionSelection.all(), data) instanceof KpiValue.Known total)) {
            return Optional.empty();
        }
        PhasingResult result = phasing.phase(kpi, total.value(), goalPeriod, grain, goalKpi.phasing(),
                DimensionSelection.all(), data);
        if (result instanceof PhasingResult.NotPhased && goalKpi.phasing().method() == PhasingMethod.SEASONAL) {
            result = phasing.phase(kpi, total.value(), goalPeriod, grain, Phasing.EVEN, DimensionSelection.all(), data);
        }
        return switch (result) {
            case PhasingResult.Phased phased -> Optional.of(new Phased(phased.target(), total.value()));
            case PhasingResult.NotPhased notPhased -> Optional.empty();
        };
    }

    /** The parts of the target that fall into the period: their sum for a total, the level for a rate. */
    public static Optional<BigDecimal> within(PhasedTarget target, Period period) {
        List<BigDecimal> inside = target.parts().stream().filter(part -> period.encloses(part.period()))
                .map(PeriodTarget::value).toList();
        if (inside.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(target.cumulative() ? inside.stream().reduce(BigDecimal.ZERO, BigDecimal::add) : inside.getFirst());
    }

    /**
     * Everything a goal needs: its own period, the span before it (growth KPIs), its baseline and, when a KPI is
     * phased by season, the same weeks last year.
     */
    public ObservationSet dataOf(Goal goal) {
        return read.computeIfAbsent(goal, this::read);
    }

    private ObservationSet read(Goal goal) {
        Period goalPeriod = goal.period().orElseThrow();
        LocalDate from = goal.start().minusDays(goalPeriod.days()).minusMonths(3);
        if (goal.baseline().isPresent() && goal.baseline().get().start().isBefore(from)) {
            from = goal.baseline().get().start().minusMonths(3);
        }
        boolean seasonal = goal.kpis().stream().anyMatch(kpi -> kpi.phasing().method() == PhasingMethod.SEASONAL);
        LocalDate lastYear = PreviewPhasing.lastYearOf(goalPeriod).start();
        if (seasonal && lastYear.isBefore(from)) {
            from = lastYear;
        }
        Set<MeasureCode> measures = new HashSet<>();
        goal.kpis().forEach(goalKpi -> catalog.find(goalKpi.kpi().value())
                .ifPresent(kpi -> measures.addAll(catalog.measuresOf(kpi))));
        return observations.perChannel(measures, new Period(from, goalPeriod.endExclusive()), Set.of());
    }
}

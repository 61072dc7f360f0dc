package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.PartOfPeriod;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;

import java.util.Objects;
import java.util.Optional;

/** Computes the actual and the target of a KPI for a period and judges them with a policy. */
public final class KpiEvaluator {

    private final KpiEngine engine;
    private final EvaluationPolicy policy;

    public KpiEvaluator(KpiEngine engine, EvaluationPolicy policy) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    public KpiEvaluation evaluate(KpiDefinition kpi, Period period, Target target,
                                  DimensionSelection selection, ObservationSet observations) {
        return evaluate(kpi, PartOfPeriod.all(period), target, selection, observations);
    }

    /** The KPI over some days of a period (a growth KPI against the same days of the period before) and its target. */
    public KpiEvaluation evaluate(KpiDefinition kpi, PartOfPeriod days, Target target,
                                  DimensionSelection selection, ObservationSet observations) {
        KpiValue actual = engine.evaluate(kpi, days, selection, observations);
        KpiValue resolvedTarget = resolveTarget(kpi, target, selection, observations);
        return policy.judge(kpi, days.part(), actual, resolvedTarget,
                engine.proportionCounts(kpi, days, selection, observations));
    }

    /**
     * A KPI in a period as far as its data cover it, against a phased target: the days covered against the target
     * pro-rated to the same days ({@link PhasedTarget#proRated}), so a month three days old is judged on three days'
     * figures against three days' share of its plan. Before any day is covered there is nothing to judge: no data,
     * whatever the figures so far, never off track.
     */
    public KpiEvaluation evaluateToDate(KpiDefinition kpi, Coverage coverage, PhasedTarget target,
                                        DimensionSelection selection, ObservationSet observations) {
        Optional<PartOfPeriod> days = coverage.toDate();
        if (days.isEmpty()) {
            KpiValue.None none = (KpiValue.None) engine.evaluateToDate(kpi, coverage, selection, observations);
            return new KpiEvaluation(kpi.code(), coverage.period(), none, none, Optional.empty(), Status.NO_DATA,
                    none.explanation());
        }
        return evaluate(kpi, days.get(), Target.absolute(target.proRated(coverage).orElseThrow()), selection, observations);
    }

    /** The target as a number: itself, or the baseline period's actual changed by the percentage. */
    public KpiValue resolveTarget(KpiDefinition kpi, Target target, DimensionSelection selection, ObservationSet observations) {
        return switch (target) {
            case Target.Absolute absolute -> new KpiValue.Known(absolute.value(), kpi.unit(), Optional.empty());
            case Target.RelativeToBaseline relative -> switch (engine.evaluate(kpi, relative.baseline(), selection, observations)) {
                case KpiValue.Known baseline -> new KpiValue.Known(baseline.value().multiply(relative.change().factor()),
                        kpi.unit(), kpi.unit() == Unit.MONEY ? baseline.currency() : Optional.empty());
                case KpiValue.None none -> new KpiValue.None(none.reason(),
                        Message.of(EvaluationMessageKind.NO_BASELINE_VALUE, none.explanation()));
            };
        };
    }

    public EvaluationPolicy policy() {
        return policy;
    }
}

package com.kpipulse.application.goal;

import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
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
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How a goal KPI's target is spread over the goal's weeks as its phasing says (even, by the shape of the same weeks
 * last year, or as typed by hand), for the goal wizard's preview and its SMART review. A relative target (+20 %
 * against a baseline) is first turned into a figure from the baseline's actual value.
 */
@ApplicationScoped
public class PreviewPhasing {

    private final CurrentKpiCatalog catalogs;
    private final ValuesThatCount observations;
    private final ReadValues values;

    @Inject
    public PreviewPhasing(CurrentKpiCatalog catalogs, ValuesThatCount observations, ReadValues values) {
        this.catalogs = catalogs;
        this.observations = observations;
        this.values = values;
    }

    public PhasingResult preview(Goal goal, GoalKpi goalKpi) {
        KpiCatalog catalog = catalogs.current();
        Optional<KpiDefinition> kpi = catalog.find(goalKpi.kpi().value());
        Optional<Period> period = goal.period();
        if (kpi.isEmpty() || period.isEmpty() || goalKpi.target().isEmpty()) {
            return new PhasingResult.NotPhased(
                    Message.of(GoalNoteKind.PHASING_NEEDS_KPI_TARGET_AND_DEADLINE));
        }
        Optional<BigDecimal> total = figure(goalKpi.target().get(), kpi.get());
        if (total.isEmpty()) {
            return new PhasingResult.NotPhased(Message.of(GoalNoteKind.BASELINE_WITHOUT_VALUE));
        }
        ObservationSet data = goalKpi.phasing().method() == PhasingMethod.SEASONAL
                ? observations.perChannel(catalog.measuresOf(kpi.get()), lastYearOf(period.get()), Set.of())
                : ObservationSet.of();
        return new TargetPhasing(new KpiEngine(catalog)).phase(kpi.get(), total.get(), period.get(), Grain.WEEK,
                goalKpi.phasing(), DimensionSelection.all(), data);
    }

    /** The days seasonal phasing looks at: the same weeks a year before the goal's (ISO weeks keep their number). */
    public static Period lastYearOf(Period goalPeriod) {
        List<Period> weeks = goalPeriod.split(Grain.WEEK);
        return new Period(weeks.getFirst().sameLastYear().start(), weeks.getLast().sameLastYear().endExclusive());
    }

    /** The target as a figure: itself, or the baseline's actual value changed by the percentage (empty without one). */
    public Optional<BigDecimal> figure(Target target, KpiDefinition kpi) {
        return switch (target) {
            case Target.Absolute absolute -> Optional.of(absolute.value());
            case Target.RelativeToBaseline relative -> values.kpi(kpi.code().value(), relative.baseline().start(),
                            relative.baseline().lastDay(), Grain.MONTH, Set.of())
                    .flatMap(series -> series.total() instanceof KpiValue.Known known ? Optional.of(known.value()) : Optional.empty())
                    .map(base -> base.multiply(relative.change().factor()));
        };
    }
}

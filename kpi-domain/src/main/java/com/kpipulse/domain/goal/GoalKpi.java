package com.kpipulse.domain.goal;

import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.kpi.KpiCode;

import java.util.Objects;
import java.util.Optional;

/**
 * A KPI a goal is measured by, with its target for the whole goal period: a total for additive
 * KPIs ("100 new customers in 3 months"), a level for the others ("conversion 3 %").
 */
public record GoalKpi(KpiCode kpi, Optional<Target> target) {

    public GoalKpi {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(target, "target");
    }

    public static GoalKpi of(String kpi, Target target) {
        return new GoalKpi(new KpiCode(kpi), Optional.of(target));
    }

    public static GoalKpi withoutTarget(String kpi) {
        return new GoalKpi(new KpiCode(kpi), Optional.empty());
    }
}

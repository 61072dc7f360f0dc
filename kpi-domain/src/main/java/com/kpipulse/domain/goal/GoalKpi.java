package com.kpipulse.domain.goal;

import com.kpipulse.domain.evaluation.Phasing;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.kpi.KpiCode;

import java.util.Objects;
import java.util.Optional;

/**
 * A KPI a goal is measured by, with its target for the whole goal period (a total for additive KPIs, "100 new
 * customers in 3 months"; a level for the others, "conversion 3 %") and how that target is spread over the goal's
 * weeks: evenly unless the admin chose last year's shape or typed the weeks in by hand.
 */
public record GoalKpi(KpiCode kpi, Optional<Target> target, Phasing phasing) {

    public GoalKpi {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(phasing, "phasing");
    }

    /** Phased evenly. */
    public GoalKpi(KpiCode kpi, Optional<Target> target) {
        this(kpi, target, Phasing.EVEN);
    }

    public static GoalKpi of(String kpi, Target target) {
        return new GoalKpi(new KpiCode(kpi), Optional.of(target));
    }

    public static GoalKpi withoutTarget(String kpi) {
        return new GoalKpi(new KpiCode(kpi), Optional.empty());
    }

    public GoalKpi phased(Phasing phasing) {
        return new GoalKpi(kpi, target, phasing);
    }
}

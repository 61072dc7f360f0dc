package com.kpipulse.application.goal;

import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A goal KPI from the goal's start to {@code asOf}: the actual over those days against what is due by then (the
 * goals table on the scorecards, the pace on the KPI detail).
 *
 * @param goalTarget the goal's whole target: a total to reach, or a level
 * @param cumulative true for a total that adds up towards the goal, false for a level
 * @param due        the target phased over the days from the start to {@code asOf}
 * @param evaluation the actual since the start against {@code due}
 * @param progress   for a total, the actual as a share of the whole target; for a level, the attainment
 */
public record SinceStart(Goal goal, KpiDefinition kpi, BigDecimal goalTarget, boolean cumulative, LocalDate asOf,
                         BigDecimal due, KpiEvaluation evaluation, Optional<BigDecimal> progress) {

    /** The days compared. */
    public Period window() {
        return Period.custom(goal.start(), asOf);
    }
}

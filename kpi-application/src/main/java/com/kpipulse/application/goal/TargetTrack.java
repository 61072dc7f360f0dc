package com.kpipulse.application.goal;

import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A KPI's targets along a run of periods, from the goals a reader may see: each period's share of a goal's target,
 * and how one goal is paced (what is due by each period's end against the actual since the goal's start).
 *
 * @param steps     one per period asked for, in the same order
 * @param pacedGoal the goal the {@link Step#pace() pace} of the steps refers to; empty when no visible goal with a
 *                  target for the KPI has started within the periods
 */
public record TargetTrack(List<Step> steps, Optional<PacedGoal> pacedGoal) {

    public TargetTrack {
        steps = List.copyOf(steps);
        Objects.requireNonNull(pacedGoal, "pacedGoal");
    }

    /** The first step with a pace: the periods before the goal's start have none to show; 0 when no step has one. */
    public int firstPaced() {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).pace().isPresent()) {
                return i;
            }
        }
        return 0;
    }

    /** Where the paced goal stood at the last step that has a pace. */
    public Optional<Pace> lastPace() {
        return steps.reversed().stream().map(Step::pace).flatMap(Optional::stream).findFirst();
    }

    /**
     * @param target the period's part of a goal's target: the parts inside it added up for a total, the level for a
     *               rate; empty when no visible goal covers the period
     * @param pace   where the paced goal stands at the end of the period; empty before its start, after its
     *               deadline and for periods that have not begun
     */
    public record Step(Period period, Optional<BigDecimal> target, Optional<Pace> pace) {

        /**
         * The pace was taken before the period's end (or the goal's deadline, when sooner), because the data stop
         * there: it is provisional.
         */
        public boolean paceTakenEarly(LocalDate deadline) {
            LocalDate end = period.lastDay().isBefore(deadline) ? period.lastDay() : deadline;
            return pace.filter(now -> now.asOf().isBefore(end)).isPresent();
        }
    }

    /**
     * @param asOf             the period's last day, or the last day the KPI's data cover or the deadline when earlier
     * @param due              what should have been reached by {@code asOf}: the phased target added up from the goal's
     *                         start for a total, the level for a rate
     * @param actualSinceStart the KPI from the goal's start to {@code asOf}: a running total, or the rate over that span
     * @param evaluation       the one against the other: attainment and status, as the goals table shows them
     */
    public record Pace(LocalDate asOf, BigDecimal due, KpiValue actualSinceStart, KpiEvaluation evaluation) {
    }

    /**
     * @param cumulative true for a total (revenue, new customers) that adds up towards the goal, false for a level
     */
    public record PacedGoal(Goal goal, BigDecimal goalTarget, boolean cumulative) {
    }
}

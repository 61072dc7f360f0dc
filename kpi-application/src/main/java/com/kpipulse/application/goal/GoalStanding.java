package com.kpipulse.application.goal;

import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a goal stands: its state in one word, and each of its KPIs with the target, what is due by now, the actual
 * since the goal's start and how far along it is, judged as the scorecards judge goal KPIs.
 *
 * @param asOf the day the goal is judged at: the last complete day (yesterday), the deadline for a goal that ended,
 *             the start for one that has not begun or has no complete day yet; a KPI whose sources lag is judged to
 *             the last day they delivered
 */
public record GoalStanding(Versioned<Goal> goal, State state, LocalDate asOf, List<KpiStanding> kpis) {

    public GoalStanding {
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(asOf, "asOf");
        kpis = List.copyOf(kpis);
    }

    /** A goal's state: archived or not begun or over, else the worst of its KPIs' paces. */
    public enum State {
        ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA, NOT_STARTED, ENDED, ARCHIVED
    }

    /**
     * A goal KPI as of {@link #asOf}.
     *
     * @param kpi        the catalog's KPI; empty when the code is no longer in the catalog
     * @param target     the goal's target as a figure (a total to reach, or a level); empty without a target or
     *                   when a relative target's baseline has no value
     * @param cumulative whether the target is a total that adds up over the goal (revenue), not a level (conversion)
     * @param due        what should have been reached by {@code asOf}, phased as the goal KPI is phased
     * @param actual     the KPI from the goal's start to {@code asOf}: a running total or the rate over those days
     * @param progress   for a total the share of the whole target reached, for a level the attainment against what
     *                   is due
     * @param status     the pace: actual against due, as the scorecards judge it; empty before the start or without
     *                   a target
     * @param reason     the status in words
     * @param asOf       the day the KPI is judged at: the goal's, or the last day its sources delivered when earlier
     */
    public record KpiStanding(GoalKpi goalKpi, Optional<KpiDefinition> kpi, Optional<BigDecimal> target,
                              boolean cumulative, Optional<BigDecimal> due, KpiValue actual,
                              Optional<BigDecimal> progress, Optional<Status> status, Optional<Message> reason,
                              LocalDate asOf) {
    }
}

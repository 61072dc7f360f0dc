package com.kpipulse.application.scorecard;

import com.kpipulse.application.evaluation.DataFreshness.SourceFreshness;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A role's scorecard for one period: a row per KPI, the goals with their pacing (head, viewer), the marketer's
 * channel table and funnel, and how fresh each source system's data is. Everything computed by the KPI engine.
 *
 * @param targetsApply false under a channel filter: goal targets are for all channels, so no status is judged
 */
public record Scorecard(Role role, Grain grain, Period period, Set<String> channels, List<Row> rows,
                        List<GoalLine> goals, Optional<ChannelTable> channelTable, Optional<Funnel> funnel,
                        List<SourceFreshness> freshness, boolean targetsApply) {

    public Scorecard {
        channels = Set.copyOf(channels);
        rows = List.copyOf(rows);
        goals = List.copyOf(goals);
        freshness = List.copyOf(freshness);
    }

    /** The department's goals are on the head's scorecard and on the read-only overview. */
    public static boolean showsGoals(Role role) {
        return role == Role.MARKETING_HEAD || role == Role.VIEWER;
    }

    public boolean showsGoals() {
        return showsGoals(role);
    }

    /**
     * One KPI: its value in the period, the period before (trend) and the last periods up to this one (sparkline,
     * oldest first, the last one is {@code actual}). The evaluation is there when a visible goal sets a target.
     */
    public record Row(KpiDefinition kpi, KpiValue actual, KpiValue previous, List<KpiValue> history,
                      Optional<KpiEvaluation> evaluation, Optional<Goal> goal) {
        public Row {
            history = List.copyOf(history);
        }
    }

    /**
     * A goal's KPI and where it stands on {@code asOf}: the actual since the goal's start against what is due by then
     * (the target phased evenly over the goal's periods), and the whole target.
     */
    public record GoalLine(Goal goal, KpiDefinition kpi, BigDecimal goalTarget, boolean cumulative, LocalDate asOf,
                           BigDecimal due, KpiEvaluation pacing, Optional<BigDecimal> progress) {
    }

    /** The channel KPIs (columns) for each channel (rows) in the period. */
    public record ChannelTable(List<KpiDefinition> kpis, List<ChannelRow> rows) {
        public ChannelTable {
            kpis = List.copyOf(kpis);
            rows = List.copyOf(rows);
        }
    }

    public record ChannelRow(String channel, List<KpiValue> values) {
        public ChannelRow {
            values = List.copyOf(values);
        }
    }

    /**
     * Visits, carts and ordered carts; each step's conversion from the stage before. The weakest step is the one
     * with the lowest conversion: where most people are lost.
     */
    public record Funnel(List<Stage> stages, Optional<Integer> weakestStage) {
        public Funnel {
            stages = List.copyOf(stages);
        }
    }

    /** @param conversion from the stage before; empty for the first stage */
    public record Stage(MeasureDefinition measure, KpiValue count, Optional<KpiValue> conversion) {
    }
}

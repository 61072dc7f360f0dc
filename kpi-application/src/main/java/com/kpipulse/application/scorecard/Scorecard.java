package com.kpipulse.application.scorecard;

import com.kpipulse.application.goal.PeriodJudgement;
import com.kpipulse.application.measure.SourceFreshness;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A role's scorecard for one period: a row per KPI, the goals with their pacing (head, viewer), the marketer's
 * channel economics and funnels, the SMM specialist's table per social network, and how fresh each source system's
 * data is. Everything computed by the KPI engine from the catalog's figures; every target judged by
 * {@link com.kpipulse.application.goal.JudgeAgainstGoals}, so a KPI has one status for one period wherever it shows.
 *
 * @param lastDay        the last complete day (the company's yesterday): no comparison counts a later one
 * @param coverage       the days of the period the page's freshest KPI covers: the period is provisional while they
 *                       are not all of it, and its tables and funnels are to date
 * @param channelChoices the channels the role's filter offers, in the catalog's order
 * @param weakLink       the funnel step whose conversion fell most against its own history; empty when none fell
 */
public record Scorecard(Role role, Grain grain, Period period, LocalDate lastDay, Coverage coverage, Set<String> channels,
                        List<String> channelChoices, List<Row> rows, List<GoalLine> goals,
                        Optional<ChannelTable> channelTable, Optional<ChannelTable> socialTable, List<Funnel> funnels,
                        Optional<WeakLink> weakLink, List<SourceFreshness> freshness) {

    public Scorecard {
        channels = Set.copyOf(channels);
        channelChoices = List.copyOf(channelChoices);
        rows = List.copyOf(rows);
        goals = List.copyOf(goals);
        funnels = List.copyOf(funnels);
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
     * oldest first, the last one is {@code actual}), and how it stands against the goals the reader may see. Each
     * value is as far as the KPI's data cover its period ({@code coverages}, one per period of {@code history}): a
     * provisional period's value is to date.
     *
     * @param previous      the same days of the period before as {@code actual} covers: like for like
     * @param fromGoal      not on the role's list, shown because a visible goal sets it a target in the period
     * @param perPeriodOnly why there is no value: a measure the KPI needs is counted per period (buyers of a month)
     *                      and is recorded for other periods than this one
     */
    public record Row(KpiDefinition kpi, KpiValue actual, KpiValue previous, List<KpiValue> history,
                      List<Coverage> coverages, PeriodJudgement judgement, boolean fromGoal,
                      Optional<PerPeriodOnly> perPeriodOnly) {
        public Row {
            history = List.copyOf(history);
            coverages = List.copyOf(coverages);
            Objects.requireNonNull(judgement, "judgement");
            if (coverages.size() != history.size()) {
                throw new IllegalArgumentException("One coverage per period of the history");
            }
        }

        /** How far the KPI's data cover the period shown. */
        public Coverage coverage() {
            return coverages.getLast();
        }

        public Optional<KpiEvaluation> evaluation() {
            return judgement.judged();
        }

        public Optional<Goal> goal() {
            return judgement.goalJudgedBy();
        }
    }

    /** A measure counted per period (never added up over shorter ones) and the grains it is recorded for. */
    public record PerPeriodOnly(MeasureDefinition measure, List<Grain> grains) {
        public PerPeriodOnly {
            grains = List.copyOf(grains);
        }
    }

    /**
     * A goal's KPI and where it stands on {@code asOf}: the actual since the goal's start against what is due by then
     * (the target phased as the goal KPI keeps it), and the whole target.
     */
    public record GoalLine(Goal goal, KpiDefinition kpi, BigDecimal goalTarget, boolean cumulative, LocalDate asOf,
                           BigDecimal due, KpiEvaluation pacing, Optional<BigDecimal> progress) {
    }

    /**
     * Figures per channel (rows) in the period, with a row for all of them together.
     *
     * @param total       each column over the whole selection: all channels, or the ones the filter keeps
     * @param withoutData channels of the table with no figure at all in the period, left out of the rows
     */
    public record ChannelTable(List<Column> columns, List<ChannelRow> rows, List<Cell> total, List<String> withoutData) {
        public ChannelTable {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
            total = List.copyOf(total);
            withoutData = List.copyOf(withoutData);
        }
    }

    /**
     * @param figure   the KPI, or a base measure as a KPI of its own name
     * @param kpi      true for a catalog KPI (it has a detail page), false for a base measure
     * @param readable whether the scorecard's reader may open the KPI's detail
     * @param standIn  the KPI shown where the column lacks a measure kept per channel
     */
    public record Column(KpiDefinition figure, boolean kpi, boolean readable, Optional<KpiDefinition> standIn) {
    }

    public record ChannelRow(String channel, List<Cell> cells) {
        public ChannelRow {
            cells = List.copyOf(cells);
        }
    }

    /** A figure, and why it is what it is where that is not plain: stood in for, or missing for a reason. */
    public record Cell(KpiValue value, Optional<CellNote> note) {
    }

    public sealed interface CellNote {
        /** The column lacks {@code missing} for this row, so the stand-in KPI is shown in its place. */
        record StoodIn(MeasureDefinition missing, KpiDefinition standIn) implements CellNote {
        }

        /** No value because there is no {@code measure} for this row in the period. */
        record NoData(MeasureDefinition measure) implements CellNote {
        }

        /** No value because {@code measure} is zero in the period, and the KPI divides by it. */
        record Zero(MeasureDefinition measure) implements CellNote {
        }
    }

    /** A funnel of the catalog with the stages that have data in the period. */
    public record Funnel(com.kpipulse.domain.kpi.Funnel definition, List<Stage> stages) {
        public Funnel {
            stages = List.copyOf(stages);
        }
    }

    /**
     * @param step    the conversion from the stage shown before; empty for the first stage and after a gap
     * @param gapBefore the stage of the funnel before this one that has no data in the period (so no conversion)
     */
    public record Stage(MeasureDefinition measure, KpiValue count, Optional<Step> step,
                        Optional<MeasureDefinition> gapBefore) {
    }

    /**
     * A funnel step: its catalog KPI in the period and against its own history.
     *
     * @param usual  the step's average over the periods before this one (at least three with a value)
     * @param change the conversion against {@code usual}: −0.2 is a fifth below it
     * @param scope  the channels the step is computed over when fewer than the selection's: only those that have
     *               both stages (clicks exist for ad channels only); empty when it is the whole selection
     */
    public record Step(KpiDefinition kpi, boolean readable, KpiValue conversion, Optional<BigDecimal> usual,
                       Optional<BigDecimal> change, List<String> scope) {
        public Step {
            scope = List.copyOf(scope);
        }
    }

    /** The weakest link: the stage {@code stage} of funnel {@code funnel} (its step from the stage before). */
    public record WeakLink(int funnel, int stage) {
    }
}

package com.kpipulse.application.goal;

import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How a KPI stands in a period against the goals a reader may see, the same on every page that shows it: judged
 * over the days of the period the goal covers as far as the KPI's data cover them, not yet judged, judged for no
 * channel, or no goal at all. Each case says why, so a page never shows a silent "no target".
 */
public sealed interface PeriodJudgement {

    /** No visible goal sets a target for the KPI on any day of the period. */
    record NoGoal() implements PeriodJudgement {
    }

    /**
     * The KPI judged against the goal over {@code window}.
     *
     * @param window     the days compared: those of the period that the goal covers, as far as the KPI's data cover
     *                   them (over, and delivered by its sources); the goal's days of the period when none is covered
     * @param evaluation the actual over the window against the target phased over the same days (no data, never off
     *                   track, when no day is covered yet)
     * @param share      under a channel filter: the channels' share of the goal's company-wide target
     */
    record Judged(Goal goal, Period window, KpiEvaluation evaluation, Optional<ChannelShare> share)
            implements PeriodJudgement {
        public Judged {
            Objects.requireNonNull(goal, "goal");
            Objects.requireNonNull(window, "window");
            Objects.requireNonNull(evaluation, "evaluation");
            Objects.requireNonNull(share, "share");
        }
    }

    /**
     * The goal covers the period, but none of its days is over yet (a period to come, or a goal that starts today).
     *
     * @param target what the goal expects over the days of the period it covers
     * @param from   the first day that will be judged
     */
    record Upcoming(Goal goal, BigDecimal target, LocalDate from) implements PeriodJudgement {
    }

    /**
     * Under a channel filter: the goal is for all channels together and gives the chosen ones no target.
     *
     * @param base for {@link NoChannelPlanReason#NO_BASE_FOR_SHARE}, the period the share could not be taken from
     */
    record NoChannelPlan(Goal goal, NoChannelPlanReason reason, Optional<Period> base) implements PeriodJudgement {
    }

    enum NoChannelPlanReason {
        /** A rate or an average (conversion, CAC) is one level for all channels; it does not split into shares. */
        LEVEL_FOR_ALL_CHANNELS,
        /** A total whose channel shares cannot be taken: no figures (or none above zero) in the base period. */
        NO_BASE_FOR_SHARE
    }

    /**
     * The chosen channels' share of a company-wide total, taken from what they brought in {@code base}.
     *
     * @param ofBaseline true when {@code base} is the goal's baseline; else the same number of days just before the
     *                   goal's start
     */
    record ChannelShare(BigDecimal share, Period base, boolean ofBaseline) {
    }

    /** The evaluation, when the KPI was judged. */
    default Optional<KpiEvaluation> judged() {
        return this instanceof Judged judged ? Optional.of(judged.evaluation()) : Optional.empty();
    }

    /** The goal the judgement refers to; empty without one. */
    default Optional<Goal> goalJudgedBy() {
        return switch (this) {
            case Judged judged -> Optional.of(judged.goal());
            case Upcoming upcoming -> Optional.of(upcoming.goal());
            case NoChannelPlan none -> Optional.of(none.goal());
            case NoGoal none -> Optional.empty();
        };
    }
}

package com.kpipulse.application.analysis;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * Why a KPI cannot be held against its plan in a period: the plan is a goal's target for the KPI, and the analysis
 * needs it as figures it can split. Sentences under {@code why_plan.*}.
 */
public enum PlanProblem implements MessageKind {
    /** {0} the KPI, {1} the period (as the object of "for"): no goal the reader sees sets the KPI a target there. */
    NO_GOAL,
    /** {0} the KPI, {1} the period: the goal covers it, but none of its days is over yet. */
    NOT_YET,
    /**
     * {0} the KPI: a rate or an average, whose target cannot be turned into figures of its drivers (a total's target
     * can: the figures of the period before, scaled to it).
     */
    LEVEL_TARGET,
    /** {0} the KPI: the goal is for all channels together and gives the chosen channels no target. */
    NO_CHANNEL_PLAN,
    /** {0} the KPI, {1} the period: no figures in the period before the plan could be shaped like. */
    NO_SHAPE;

    @Override
    public String key() {
        return "why_plan." + name().toLowerCase(Locale.ROOT);
    }
}

package com.kpipulse.domain.goal;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * What the SMART check, the overlap check and the realism check tell about a goal: sentences under
 * {@code goal.<kind>} in the texts bundle. KPI names are arguments in both languages; figures are written by the
 * reader's language before they are passed.
 */
public enum GoalMessageKind implements MessageKind {
    NO_TITLE,
    NO_OBJECTIVE,
    NO_KPI,
    /** {0} the KPI's code. */
    UNKNOWN_KPI,
    NO_TARGET,
    /** {0} how many KPIs, {1} the most the check accepts without a warning. */
    TOO_MANY_KPIS,
    NO_DEADLINE,
    /** {0} the deadline, {1} the start (ISO days). */
    DEADLINE_BEFORE_START,
    /** {0} the KPI: weeks typed by hand without a target. */
    PHASING_WITHOUT_TARGET,
    /** {0} the KPI: weeks of a total typed by hand against a target given as growth. */
    PHASING_AGAINST_GROWTH,
    /** {0} the KPI, {1} what is wrong with its weekly figures, said as the rest of the sentence. */
    PHASING_OF_KPI,
    /** {0} the KPI, {1} the other goal's title, {2}, {3} its first and last day (ISO). */
    OVERLAPS_ANOTHER_GOAL,
    /** {0} the KPI, {1} the changes in its history, {2} the fewest the check needs. */
    REALISM_NOT_ENOUGH_HISTORY,
    /** {0} the KPI, {1} the target, {2} the goal's length, {3} the current pace, {4} the difference. */
    REALISM_PREMISE_TOTAL,
    /** {0} the KPI, {1} the target, {2} the goal's length, {3} the current level, {4} the difference. */
    REALISM_PREMISE_LEVEL,
    /**
     * {0} the KPI, {1} the target, {2} the goal's length, {3} the same weeks a year earlier, {4} the pace adjusted for
     * the season, {5} the difference.
     */
    REALISM_PREMISE_TOTAL_SEASONAL,
    /**
     * {0} the KPI, {1} the target, {2} the level a year earlier, {3} the level adjusted for the season, {4} the
     * difference.
     */
    REALISM_PREMISE_LEVEL_SEASONAL,
    /** {0} the difference of the target and the pace, with its sign. */
    REALISM_DIFFERENCE,
    /** {0} how many times the pace the target is. */
    REALISM_TIMES,
    /** {0} the change from the pace to the target, with its sign. */
    REALISM_CHANGE,
    /** {0} the change the target needs on the same weeks a year earlier. */
    REALISM_NEED_WEEKS,
    /** {0} the change the target needs on the same periods a year earlier. */
    REALISM_NEED_PERIODS,
    /** {0} the goal's length, {1} the shorter stretch, {2} the change needed over it; opens with a space. */
    REALISM_SCALED,
    /** {0} the premise. */
    REALISM_TOO_EASY,
    /** {0} the premise. */
    REALISM_TOO_EASY_SEASONAL,
    /** {0} the premise: a KPI where lower is better that is already as good as the target. */
    REALISM_TOO_EASY_ALREADY,
    /** {0} the premise, {1} the stretch, {2} how many were as good, {3} of how many, {4} scaled or empty. */
    REALISM_TYPICAL,
    /** As {@link #REALISM_TYPICAL}, and {5} the change needed on a year earlier. */
    REALISM_TYPICAL_SEASONAL,
    /** As {@link #REALISM_TYPICAL}, and {5} the best change. */
    REALISM_AMBITIOUS,
    /** As {@link #REALISM_TYPICAL}, and {5} the best change, {6} the change needed on a year earlier. */
    REALISM_AMBITIOUS_SEASONAL,
    /** {0} the premise, {1} the stretch, {2} how many there were, {3} the best change, {4} scaled or empty. */
    REALISM_NEVER,
    /** As {@link #REALISM_NEVER}, and {5} the change needed on a year earlier. */
    REALISM_NEVER_SEASONAL;

    @Override
    public String key() {
        return "goal." + name().toLowerCase(Locale.ROOT);
    }
}

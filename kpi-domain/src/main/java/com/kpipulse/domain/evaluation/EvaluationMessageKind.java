package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * Why a KPI was judged as it was, why a target has no value, why a target could not be phased: sentences under
 * {@code evaluation.<kind>} in the texts bundle. Figures and periods are arguments written by each language; days are
 * ISO ({@code 2027-01-25}), as the admin types them.
 */
public enum EvaluationMessageKind implements MessageKind {
    /** {0} why the target has no value. */
    NO_TARGET,
    /** {0} the actual, {1} the target: a KPI whose attainment cannot be a ratio, and the target is met. */
    TARGET_MET,
    /** As {@link #TARGET_MET}, and the target is not met. */
    TARGET_NOT_MET,
    /** {0} the actual, {1} the target, {2} the attainment as a percentage. */
    ATTAINMENT,
    /** {0} the actual, {1} the target, {2} the trials, {3}, {4} the ends of the 95 % interval of the rate. */
    TOO_FEW_TRIALS,
    /** {0} why the baseline period has no value. */
    NO_BASELINE_VALUE,
    /** {0} the period a year earlier that has no value. */
    NO_VALUE_LAST_YEAR,
    LAST_YEAR_ZERO,
    /** {0} what the parts add up to, {1} the goal's target. */
    PARTS_DO_NOT_ADD_UP,
    PERIODS_NOT_CONSECUTIVE,
    /** {0} how many weeks the goal has, {1} its first day, {2} what is wrong with the weeks given. */
    WEEKS_NOT_COVERED,
    /** {0} the first days of the weeks without a figure. */
    WEEKS_MISSING,
    /** {0} days given that start no week of the goal. */
    WEEKS_FOREIGN,
    /** {0} the first days of weeks given twice. */
    WEEKS_TWICE,
    /** {0} what the weekly parts add up to, {1} the goal's target, {2} how much is missing. */
    WEEKLY_PARTS_SHORT,
    /** {0} what the weekly parts add up to, {1} the goal's target, {2} how much is too much. */
    WEEKLY_PARTS_OVER;

    @Override
    public String key() {
        return "evaluation." + name().toLowerCase(Locale.ROOT);
    }
}

package com.kpipulse.application.correction;

import com.kpipulse.domain.correction.budget.BudgetAnswer;
import com.kpipulse.domain.correction.budget.Outcome;
import com.kpipulse.domain.period.Period;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A budget reallocation as {@link ReallocateBudget} answers it: the planner's answer and what it was built from.
 *
 * @param period        the week, month or quarter asked about
 * @param outcome       the goal's outcome each channel's curve predicts
 * @param history       the whole weeks the curves were fitted on, oldest first (at most
 *                      {@value ReallocateBudget#HISTORY_WEEKS}, the last ending by the period's end and by yesterday)
 * @param current       the whole weeks of the period whose average weekly spend is each channel's spend now; empty when
 *                      the period has no whole week yet, and then no channel is asked about
 * @param spendMeasures per channel asked about, the base measure its spend was read from ({@code marketing_spend} or
 *                      {@code ad_spend})
 * @param answer        the proposal, or why there is none
 */
public record BudgetReallocation(Period period, Outcome outcome, List<Period> history, List<Period> current,
                                 Map<String, String> spendMeasures, BudgetAnswer answer) {

    public BudgetReallocation {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(answer, "answer");
        history = List.copyOf(history);
        current = List.copyOf(current);
        spendMeasures = Map.copyOf(spendMeasures);
    }
}

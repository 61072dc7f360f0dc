package com.kpipulse.domain.correction.budget;

/** Why a channel gets no response curve: its history cannot tell how its outcome depends on its spend. */
public enum NoCurveReason {
    /** Fewer weeks with spend than {@link BudgetRules#minimumWeeks()}. */
    TOO_FEW_WEEKS,
    /** The weekly spend hardly moved ({@link BudgetRules#minimumSpendVariation()}). */
    TOO_LITTLE_VARIATION,
    /** Fewer than half the weeks with spend brought any outcome. */
    TOO_LITTLE_OUTCOME
}

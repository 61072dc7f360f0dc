package com.kpipulse.domain.kpi.formula;

/**
 * What an expression yields, as far as the validator needs to know: an amount of money, another
 * quantity, or a bare number written in the formula (which fits either).
 */
public enum ValueKind {
    MONEY, QUANTITY, CONSTANT
}

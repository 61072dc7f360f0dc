package com.kpipulse.domain.kpi.formula;

/** What is wrong with a formula or a KPI definition. */
public enum ProblemKind {
    EMPTY_FORMULA,
    /** Too long, or characters that are not text (see {@link com.kpipulse.domain.input.TextInput}). */
    INVALID_TEXT,
    UNEXPECTED_CHARACTER,
    UNEXPECTED_END,
    UNEXPECTED_TOKEN,
    MISSING_CLOSING_PARENTHESIS,
    TOO_DEEPLY_NESTED,
    UNKNOWN_FUNCTION,
    UNKNOWN_NAME,
    FUNCTION_NEEDS_MEASURE,
    SNAPSHOT_SUMMED,
    DIVISION_BY_ZERO,
    INCOMPATIBLE_UNITS,
    UNIT_MISMATCH,
    CYCLE,
    DUPLICATE_CODE,
    INVALID_CODE,
    MISSING_NAME,
    REDEFINES_CATALOG_KPI,
    /** A custom KPI other KPIs name in their formulas cannot be removed. */
    IN_USE
}

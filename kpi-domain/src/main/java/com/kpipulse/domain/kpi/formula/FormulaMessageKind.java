package com.kpipulse.domain.kpi.formula;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * What the formula language and the KPI catalog's checks tell a person: what a function means, and why a formula or
 * a KPI definition is refused ({@link FormulaProblem}, whose {@link ProblemKind} is the coarser code). Sentences under
 * {@code formula.<kind>} in the texts bundle; positions are 1-based.
 */
public enum FormulaMessageKind implements MessageKind {
    MEANING_PREV,
    MEANING_LAST,
    MEANING_FIRST,
    MEANING_SUM,
    EMPTY_FORMULA,
    /** {0} the position, {1} the deepest nesting allowed. */
    TOO_DEEPLY_NESTED,
    /** {0} the position. */
    UNEXPECTED_END,
    /** {0} the function as written, {1} the position. */
    UNKNOWN_FUNCTION,
    /** {0} the function's keyword, {1} the position. */
    ONE_ARGUMENT,
    /** {0} the position of the opening parenthesis. */
    UNCLOSED_PARENTHESIS,
    /** {0} the position. */
    UNOPENED_PARENTHESIS,
    /** {0} the position. */
    DECIMAL_COMMA,
    /** {0} the character, {1} the position. */
    UNEXPECTED_CHARACTER,
    /** {0} the function's keyword, {1} the position. */
    FUNCTION_NEEDS_MEASURE,
    /** {0} the position, {1} and {2} the two sides. */
    MONEY_PLUS_COUNT,
    /** {0} the position. */
    MONEY_TIMES_MONEY,
    /** {0} the position, {1} the denominator. */
    DIVISION_BY_ZERO,
    /** {0} the measure's code, {1} the position, {2} its name. */
    SUM_OF_WHOLE_PERIOD_FIGURE,
    /** {0} the measure's code, {1} the position, {2} its name. */
    SUM_OF_LEVEL,
    /** {0} the name as written, {1} the position, {2} a guess or nothing. */
    UNKNOWN_NAME,
    /** {0} the name the reader probably meant; opens with a space. */
    DID_YOU_MEAN,
    /** {0} the code. */
    INVALID_CODE,
    /** {0} the code. */
    CODE_OF_CATALOG_KPI,
    /** {0} the code. */
    CODE_OF_MEASURE,
    /** {0} the code. */
    CODE_TWICE,
    NAMES_REQUIRED,
    TRAITS_REQUIRED,
    /** {0} the code: a KPI named like a base measure that is not that measure. */
    KPI_NAMED_LIKE_MEASURE,
    /** {0} the formula. */
    MONEY_UNIT_WITHOUT_MONEY,
    /** {0} the formula, {1} the unit. */
    MONEY_WITHOUT_MONEY_UNIT,
    /** {0} the chain of KPIs. */
    CYCLE,
    ONLY_CUSTOM_REMOVED,
    /** {0} the code, {1} the KPIs that use it. */
    IN_USE;

    @Override
    public String key() {
        return "formula." + name().toLowerCase(Locale.ROOT);
    }
}

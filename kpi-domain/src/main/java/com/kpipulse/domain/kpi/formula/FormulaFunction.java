package com.kpipulse.domain.kpi.formula;

import com.kpipulse.domain.text.Message;

import java.util.Arrays;
import java.util.Optional;

/** The functions of the formula language. Each takes exactly one argument. */
public enum FormulaFunction {
    /** The argument evaluated over the previous period of the same grain (or length). */
    PREV("prev", false, FormulaMessageKind.MEANING_PREV),
    /** The last value of a measure in the period (snapshot). */
    LAST("last", true, FormulaMessageKind.MEANING_LAST),
    /** The first value of a measure in the period (opening balance). */
    FIRST("first", true, FormulaMessageKind.MEANING_FIRST),
    /** The sum of an additive measure over the period; refused for snapshots. */
    SUM("sum", true, FormulaMessageKind.MEANING_SUM);

    private final String keyword;
    private final boolean needsMeasure;
    private final FormulaMessageKind meaning;

    FormulaFunction(String keyword, boolean needsMeasure, FormulaMessageKind meaning) {
        this.keyword = keyword;
        this.needsMeasure = needsMeasure;
        this.meaning = meaning;
    }

    public String keyword() {
        return keyword;
    }

    /** True when the argument must be a base measure name, not an expression. */
    public boolean needsMeasure() {
        return needsMeasure;
    }

    public Message meaning() {
        return Message.of(meaning);
    }

    public static Optional<FormulaFunction> byKeyword(String keyword) {
        return Arrays.stream(values()).filter(function -> function.keyword.equals(keyword)).findFirst();
    }
}

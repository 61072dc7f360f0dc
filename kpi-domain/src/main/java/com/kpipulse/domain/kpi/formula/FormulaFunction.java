package com.kpipulse.domain.kpi.formula;

import com.kpipulse.domain.LocalizedText;

import java.util.Arrays;
import java.util.Optional;

/** The functions of the formula language. Each takes exactly one argument. */
public enum FormulaFunction {
    /** The argument evaluated over the previous period of the same grain (or length). */
    PREV("prev", false, LocalizedText.of("значение за предыдущий период", "value in the previous period")),
    /** The last value of a measure in the period (snapshot). */
    LAST("last", true, LocalizedText.of("последнее значение в периоде", "last value in the period")),
    /** The first value of a measure in the period (opening balance). */
    FIRST("first", true, LocalizedText.of("первое значение в периоде", "first value in the period")),
    /** The sum of an additive measure over the period; refused for snapshots. */
    SUM("sum", true, LocalizedText.of("сумма за период", "sum over the period"));

    private final String keyword;
    private final boolean needsMeasure;
    private final LocalizedText meaning;

    FormulaFunction(String keyword, boolean needsMeasure, LocalizedText meaning) {
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

    public LocalizedText meaning() {
        return meaning;
    }

    public static Optional<FormulaFunction> byKeyword(String keyword) {
        return Arrays.stream(values()).filter(function -> function.keyword.equals(keyword)).findFirst();
    }
}

package com.kpipulse.domain.kpi;

import com.kpipulse.domain.kpi.formula.FormulaProblem;

import java.util.Locale;
import java.util.Objects;

/**
 * A problem with one KPI definition: which KPI, what is wrong (with the formula position) and, when it is about one
 * field of the definition rather than the formula or the whole, that field's name ({@code nameRu}, {@code code} …).
 */
public record KpiProblem(String kpiCode, FormulaProblem problem, String field) {

    public KpiProblem {
        Objects.requireNonNull(kpiCode, "kpiCode");
        Objects.requireNonNull(problem, "problem");
    }

    /** A problem with the formula or the definition as a whole. */
    public KpiProblem(String kpiCode, FormulaProblem problem) {
        this(kpiCode, problem, null);
    }

    public String message(Locale locale) {
        return kpiCode + ": " + (field == null ? "" : field + ": ") + problem.message(locale);
    }
}

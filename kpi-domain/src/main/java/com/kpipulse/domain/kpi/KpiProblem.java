package com.kpipulse.domain.kpi;

import com.kpipulse.domain.kpi.formula.FormulaProblem;

import java.util.Locale;
import java.util.Objects;

/** A problem with one KPI definition: which KPI, and what is wrong (with the formula position). */
public record KpiProblem(String kpiCode, FormulaProblem problem) {

    public KpiProblem {
        Objects.requireNonNull(kpiCode, "kpiCode");
        Objects.requireNonNull(problem, "problem");
    }

    public String message(Locale locale) {
        return kpiCode + ": " + problem.message(locale);
    }
}

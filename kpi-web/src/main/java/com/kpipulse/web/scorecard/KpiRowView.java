package com.kpipulse.web.scorecard;

import com.kpipulse.domain.kpi.KpiDefinition;

import java.util.Locale;

/** One KPI line of a scorecard page, in the reader's language. */
public record KpiRowView(String code, String name, String formula, String explanation) {

    public static KpiRowView from(KpiDefinition kpi, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return new KpiRowView(kpi.code().value(), kpi.name(locale), kpi.formula(),
                english ? kpi.explanationEn() : kpi.explanationRu());
    }
}

package com.kpipulse.web.admin;

import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.kpi.CustomKpiDraft;

/**
 * The KPI form as typed: a new KPI while {@code version} is empty, else a change of the custom KPI at that version
 * (the version the admin saw, kept as it was when the save is stale).
 */
public record CustomKpiForm(String code, String nameRu, String nameEn, String formula, String unit,
                            String direction, String explanationRu, String explanationEn, String version) {

    static CustomKpiForm empty() {
        return new CustomKpiForm("", "", "", "", "", "HIGHER_IS_BETTER", "", "", "");
    }

    static CustomKpiForm from(Versioned<CustomKpiDraft> kpi) {
        CustomKpiDraft draft = kpi.value();
        return new CustomKpiForm(draft.code(), draft.nameRu(), draft.nameEn(), draft.formula(), draft.unit().name(),
                draft.direction().name(), text(draft.explanationRu()), text(draft.explanationEn()),
                Long.toString(kpi.version()));
    }

    /** The form as the admin sent it, an absent field as an empty one. */
    static CustomKpiForm typed(String code, String nameRu, String nameEn, String formula, String unit,
                               String direction, String explanationRu, String explanationEn, String version) {
        return new CustomKpiForm(text(code), text(nameRu), text(nameEn), text(formula), text(unit), text(direction),
                text(explanationRu), text(explanationEn), text(version));
    }

    public boolean editing() {
        return version != null && !version.isBlank();
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}

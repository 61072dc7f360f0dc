package com.kpipulse.web.admin;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.CustomKpiDraft;

import java.util.List;
import java.util.Locale;

/** The custom KPI whose deletion is asked for, with its version, or the reasons it was not deleted. */
public record RemovalView(String code, String name, String version, List<String> refused) {

    /** @param refused why the deletion was refused; empty while it is only asked for */
    static RemovalView of(String code, CustomKpiDraft kpi, String version, List<String> refused, Locale locale) {
        return new RemovalView(code, LocalizedText.of(kpi.nameRu(), kpi.nameEn()).in(locale), version, refused);
    }
}

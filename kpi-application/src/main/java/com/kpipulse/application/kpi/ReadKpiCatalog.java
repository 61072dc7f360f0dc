package com.kpipulse.application.kpi;

import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.formula.FormulaProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/**
 * The catalog as pages and the API read it (standard and custom KPIs): what each KPI is, how it is computed, which
 * way is better, and what is wrong with a formula typed in a form. Use cases take the whole domain catalog from
 * {@link CurrentKpiCatalog}; {@link DefineCustomKpis} changes it.
 */
@ApplicationScoped
public class ReadKpiCatalog {

    private final CurrentKpiCatalog catalogs;

    @Inject
    public ReadKpiCatalog(CurrentKpiCatalog catalogs) {
        this.catalogs = catalogs;
    }

    public List<KpiDefinition> all() {
        return catalogs.current().all();
    }

    public Optional<KpiDefinition> find(String code) {
        return catalogs.current().find(code);
    }

    public boolean isCustom(KpiDefinition kpi) {
        return catalogs.current().isCustom(kpi.code());
    }

    /** Everything wrong with a formula as typed, with positions: for live validation in a form. */
    public List<FormulaProblem> checkFormula(String formula) {
        return catalogs.current().checkFormula(formula == null ? "" : formula);
    }
}

package com.kpipulse.application.kpi;

import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/** Reads the KPI catalog: what each KPI is, how it is computed, which way is better. */
@ApplicationScoped
public class KpiCatalogQuery {

    private final KpiCatalog catalog = KpiCatalog.standard();

    public List<KpiDefinition> all() {
        return catalog.all();
    }

    public Optional<KpiDefinition> find(String code) {
        return catalog.find(code);
    }
}

package com.kpipulse.application.scorecard;

import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.scorecard.DefaultScorecards;
import com.kpipulse.domain.scorecard.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** The KPIs on each role's scorecard, resolved against the KPI catalog. */
@ApplicationScoped
public class RoleScorecards {

    private final KpiCatalog catalog;

    public RoleScorecards() {
        this(KpiCatalog.standard());
    }

    RoleScorecards(KpiCatalog catalog) {
        this.catalog = catalog;
    }

    public List<KpiDefinition> kpisOf(Role role) {
        return DefaultScorecards.kpiCodes(role).stream()
                .map(code -> catalog.find(code).orElseThrow(
                        () -> new IllegalStateException("Scorecard of " + role + " names KPI " + code + ", which is not in the catalog")))
                .toList();
    }
}

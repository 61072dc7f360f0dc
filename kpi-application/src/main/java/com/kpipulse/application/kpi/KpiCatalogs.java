package com.kpipulse.application.kpi;

import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCatalogChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The KPI catalog as it stands now: the standard KPIs plus the custom ones admins defined. Read from the store each
 * time, so every replica sees a new custom KPI at once.
 */
@ApplicationScoped
public class KpiCatalogs {

    private static final KpiCatalog STANDARD = KpiCatalog.standard();

    private final CustomKpis customKpis;

    @Inject
    public KpiCatalogs(CustomKpis customKpis) {
        this.customKpis = customKpis;
    }

    public KpiCatalog current() {
        return switch (STANDARD.withCustom(customKpis.all().stream().map(Versioned::value).toList())) {
            case KpiCatalogChange.Accepted accepted -> accepted.catalog();
            // stored definitions were checked when they were saved; a rejection here is a bug, not user input
            case KpiCatalogChange.Rejected rejected -> throw new IllegalStateException(
                    "Stored custom KPIs no longer form a valid catalog: " + rejected.problems());
        };
    }

    /** Only the standard catalog, for code that must not depend on stored data. */
    public static KpiCatalog standard() {
        return STANDARD;
    }
}

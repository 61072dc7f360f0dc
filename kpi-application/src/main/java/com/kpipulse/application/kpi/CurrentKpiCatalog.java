package com.kpipulse.application.kpi;

import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.kpi.CatalogChangeVerdict;
import com.kpipulse.domain.kpi.KpiCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The KPI catalog as it stands now: the standard KPIs plus the custom ones admins defined, validated together. The
 * validated catalog is kept in memory under the store's {@link CustomKpis#stamp() stamp}, which is read on every call
 * (before the definitions, so a catalog is never older than its stamp): a change made through any replica, or by hand
 * in the database, is seen at once, and the formulas are checked again only after one. Work that asks for it
 * hundreds of times in one transaction (the monitoring cycle) may {@link #pin} it for its thread meanwhile.
 */
@ApplicationScoped
public class CurrentKpiCatalog {

    private record Kept(long stamp, KpiCatalog catalog) {
    }

    private final CustomKpis customKpis;
    private volatile Kept kept;
    private final ThreadLocal<KpiCatalog> pinned = new ThreadLocal<>();

    /** The catalog pinned for a thread's work, until closed; pinned again inside, it stays as it was. */
    public interface Pin extends AutoCloseable {
        @Override
        void close();
    }

    @Inject
    public CurrentKpiCatalog(CustomKpis customKpis) {
        this.customKpis = customKpis;
    }

    public KpiCatalog current() {
        KpiCatalog pin = pinned.get();
        if (pin != null) {
            return pin;
        }
        long stamp = customKpis.stamp();
        Kept now = kept;
        if (now != null && now.stamp() == stamp) {
            return now.catalog();
        }
        KpiCatalog catalog = validated();
        kept = new Kept(stamp, catalog);
        return catalog;
    }

    /** The catalog as it stands now, the same for every question this thread asks until the pin is closed. */
    public Pin pin() {
        if (pinned.get() != null) {
            return () -> { };
        }
        pinned.set(current());
        return pinned::remove;
    }

    private KpiCatalog validated() {
        return switch (KpiCatalog.standard().withCustom(customKpis.all().stream().map(Versioned::value).toList())) {
            case CatalogChangeVerdict.Accepted accepted -> accepted.catalog();
            // stored definitions were checked when they were saved; a rejection here is a bug, not user input
            case CatalogChangeVerdict.Rejected rejected -> throw new IllegalStateException(
                    "Stored custom KPIs no longer form a valid catalog: " + rejected.problems());
        };
    }
}

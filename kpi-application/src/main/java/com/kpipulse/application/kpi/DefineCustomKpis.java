package com.kpipulse.application.kpi;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.kpi.KpiCatalogChange;
import com.kpipulse.domain.kpi.KpiCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Admins define KPIs of their own with the formula language (e.g. {@code (revenue - ad_spend) / leads}). A
 * definition is checked against the whole catalog (unknown measures, division by a constant zero, snapshots summed,
 * cycles between custom KPIs) before it is stored; every change is audited.
 */
@ApplicationScoped
public class DefineCustomKpis {

    private final CustomKpis customKpis;
    private final KpiCatalogs catalogs;
    private final AuditTrail audit;

    @Inject
    public DefineCustomKpis(CustomKpis customKpis, KpiCatalogs catalogs, AuditTrail audit) {
        this.customKpis = customKpis;
        this.catalogs = catalogs;
        this.audit = audit;
    }

    @Transactional
    public KpiCatalogChange define(CustomKpiDraft draft, String actor) {
        var before = draft.code() == null ? java.util.Optional.<CustomKpiDraft>empty() : customKpis.find(draft.code());
        var base = before.isPresent()
                ? catalogs.current().withoutCustom(new KpiCode(draft.code()))
                : new KpiCatalogChange.Accepted(catalogs.current());
        KpiCatalogChange change = switch (base) {
            case KpiCatalogChange.Accepted accepted -> accepted.catalog().withCustom(draft);
            case KpiCatalogChange.Rejected rejected -> rejected;
        };
        if (change instanceof KpiCatalogChange.Accepted) {
            customKpis.save(draft);
            audit.record(actor, "custom_kpi", draft.code(), before.isPresent() ? "update" : "create",
                    before.map(DefineCustomKpis::describe).orElse(null), describe(draft));
        }
        return change;
    }

    @Transactional
    public KpiCatalogChange remove(String code, String actor) {
        KpiCatalogChange change = catalogs.current().withoutCustom(new KpiCode(code));
        if (change instanceof KpiCatalogChange.Accepted) {
            CustomKpiDraft before = customKpis.find(code).orElseThrow();
            customKpis.delete(code);
            audit.record(actor, "custom_kpi", code, "delete", describe(before), null);
        }
        return change;
    }

    private static String describe(CustomKpiDraft draft) {
        return draft.code() + " = " + draft.formula() + " [" + draft.unit() + ", " + draft.direction() + "] «"
                + draft.nameRu() + "» / «" + draft.nameEn() + "»";
    }
}

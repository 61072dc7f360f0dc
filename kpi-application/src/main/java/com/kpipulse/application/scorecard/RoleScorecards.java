package com.kpipulse.application.scorecard;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.kpi.KpiCatalogs;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.scorecard.DefaultScorecards;
import com.kpipulse.domain.scorecard.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The KPIs on each role's scorecard: the default composition (seeds 002 and 004) until an admin recomposes it.
 * KPIs that have since left the catalog (a removed custom KPI) are skipped, not an error.
 */
@ApplicationScoped
public class RoleScorecards {

    /** More rows than this stop being a scorecard (seed 001: "too many metrics"). */
    public static final int MAX_KPIS = 12;

    /** How recomposing a scorecard ended. */
    public sealed interface Outcome {
        record Saved(List<String> kpiCodes) implements Outcome {
        }

        record Rejected(List<String> reasons) implements Outcome {
        }
    }

    private final ScorecardLayouts layouts;
    private final KpiCatalogs catalogs;
    private final AuditTrail audit;

    @Inject
    public RoleScorecards(ScorecardLayouts layouts, KpiCatalogs catalogs, AuditTrail audit) {
        this.layouts = layouts;
        this.catalogs = catalogs;
        this.audit = audit;
    }

    public List<KpiDefinition> kpisOf(Role role) {
        KpiCatalog catalog = catalogs.current();
        return codesOf(role).stream().flatMap(code -> catalog.find(code).stream()).toList();
    }

    public List<String> codesOf(Role role) {
        return layouts.of(role).orElseGet(() -> DefaultScorecards.kpiCodes(role));
    }

    @Transactional
    public Outcome compose(Role role, List<String> kpiCodes, String actor) {
        KpiCatalog catalog = catalogs.current();
        List<String> reasons = new ArrayList<>();
        List<String> unique = List.copyOf(new LinkedHashSet<>(kpiCodes));
        if (unique.isEmpty()) {
            reasons.add("a scorecard needs at least one KPI");
        }
        if (unique.size() > MAX_KPIS) {
            reasons.add(unique.size() + " KPIs are too many for one scorecard: at most " + MAX_KPIS);
        }
        unique.stream().filter(code -> catalog.find(code).isEmpty())
                .forEach(code -> reasons.add("there is no KPI «" + code + "» in the catalog"));
        if (!reasons.isEmpty()) {
            return new Outcome.Rejected(reasons);
        }
        List<String> before = codesOf(role);
        layouts.save(role, unique);
        audit.record(actor, "scorecard", role.claim(), "compose", String.join(",", before), String.join(",", unique));
        return new Outcome.Saved(unique);
    }
}

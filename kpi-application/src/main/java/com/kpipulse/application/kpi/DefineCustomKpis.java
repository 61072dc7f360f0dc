package com.kpipulse.application.kpi;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.kpi.CatalogChangeVerdict;
import com.kpipulse.domain.kpi.CustomKpiDraft;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Admins define KPIs of their own with the formula language (e.g. {@code (revenue - ad_spend) / leads}). A
 * definition's texts are bounded first; then it is checked against the whole catalog (unknown measures, division by
 * a constant zero, snapshots summed, cycles between custom KPIs) before it is stored; every change is audited.
 * Changes are made one at a time (see {@link CustomKpis#lockForChange}) and may name the version they were made
 * against, so a definition changed by somebody else in between is reported, not overwritten.
 */
@ApplicationScoped
public class DefineCustomKpis {

    /** How a change of the catalog ended. */
    public sealed interface Outcome {

        /** Stored (or removed): the catalog as it is now, and the KPI's version (0 once removed). */
        record Saved(KpiCatalog catalog, long version) implements Outcome {
            public Saved {
                Objects.requireNonNull(catalog, "catalog");
            }
        }

        /** Not stored: every problem, with its field or formula position. */
        record Rejected(List<KpiProblem> problems) implements Outcome {
            public Rejected {
                problems = List.copyOf(problems);
            }
        }

        /** Not stored: somebody else changed the KPI after the writer read it; it is now at {@code currentVersion}. */
        record Stale(long currentVersion) implements Outcome {
        }
    }

    private final CustomKpis customKpis;
    private final CurrentKpiCatalog catalogs;
    private final AuditTrail audit;

    @Inject
    public DefineCustomKpis(CustomKpis customKpis, CurrentKpiCatalog catalogs, AuditTrail audit) {
        this.customKpis = customKpis;
        this.catalogs = catalogs;
        this.audit = audit;
    }

    /** A custom KPI's definition with its version. */
    public Optional<Versioned<CustomKpiDraft>> find(String code) {
        return code == null ? Optional.empty() : customKpis.find(code);
    }

    /** The version of every custom KPI, by code. */
    public Map<String, Long> versions() {
        Map<String, Long> versions = new LinkedHashMap<>();
        customKpis.all().forEach(kpi -> versions.put(kpi.value().code(), kpi.version()));
        return versions;
    }

    /**
     * Defines or redefines a custom KPI. {@code expected}: {@link ExpectedVersion#any()} replaces whatever is stored;
     * {@link ExpectedVersion#of} only that version ({@code 0}: only a code nobody defined yet).
     */
    @Transactional
    public Outcome define(CustomKpiDraft typed, ExpectedVersion expected, String actor) {
        List<KpiProblem> unfit = typed.textProblems();
        if (!unfit.isEmpty()) {
            return new Outcome.Rejected(unfit);
        }
        CustomKpiDraft draft = typed.code() == null || typed.code().equals(typed.code().strip()) ? typed
                : new CustomKpiDraft(typed.code().strip(), typed.nameRu(), typed.nameEn(), typed.formula(), typed.unit(),
                typed.direction(), typed.level(), typed.group(), typed.explanationRu(), typed.explanationEn());
        customKpis.lockForChange();
        Optional<Versioned<CustomKpiDraft>> before = find(draft.code());
        long current = before.map(Versioned::version).orElse(0L);
        if (!expected.admits(current)) {
            return new Outcome.Stale(current);
        }
        // a redefinition replaces the stored one in place and is checked with the whole catalog, the KPIs that use it
        // included (they must still work with its new unit); removing it first would refuse while another KPI uses it
        CatalogChangeVerdict change = catalogs.current().withCustom(draft);
        return switch (change) {
            case CatalogChangeVerdict.Rejected rejected -> new Outcome.Rejected(rejected.problems());
            case CatalogChangeVerdict.Accepted accepted -> switch (customKpis.save(draft, expected)) {
                case VersionedWrite.Written written -> {
                    audit.record(actor, "custom_kpi", draft.code(), before.isPresent() ? "update" : "create",
                            before.map(kept -> describe(kept.value())).orElse(null), describe(draft));
                    yield new Outcome.Saved(accepted.catalog(), written.version());
                }
                case VersionedWrite.Stale stale -> new Outcome.Stale(stale.currentVersion());
                case VersionedWrite.Missing missing -> new Outcome.Stale(0);
            };
        };
    }

    /** Removes a custom KPI, unless another KPI still uses it; with the same version rule as {@link #define}. */
    @Transactional
    public Outcome remove(String code, ExpectedVersion expected, String actor) {
        customKpis.lockForChange();
        CatalogChangeVerdict change = catalogs.current().withoutCustom(new KpiCode(code));
        if (change instanceof CatalogChangeVerdict.Rejected rejected) {
            return new Outcome.Rejected(rejected.problems());
        }
        Versioned<CustomKpiDraft> before = customKpis.find(code).orElseThrow();
        if (!expected.admits(before.version())) {
            return new Outcome.Stale(before.version());
        }
        return switch (customKpis.delete(code, expected)) {
            case VersionedWrite.Written written -> {
                audit.record(actor, "custom_kpi", code, "delete", describe(before.value()), null);
                yield new Outcome.Saved(((CatalogChangeVerdict.Accepted) change).catalog(), 0);
            }
            case VersionedWrite.Stale stale -> new Outcome.Stale(stale.currentVersion());
            case VersionedWrite.Missing missing -> new Outcome.Stale(0);
        };
    }

    private static String describe(CustomKpiDraft draft) {
        return draft.code() + " = " + draft.formula() + " [" + draft.unit() + ", " + draft.direction() + "] «"
                + draft.nameRu() + "» / «" + draft.nameEn() + "»";
    }
}

package com.kpipulse.domain.kpi;

import java.util.List;
import java.util.Objects;

/** The outcome of adding custom KPIs: the new catalog, or every reason it was refused. */
public sealed interface KpiCatalogChange {

    record Accepted(KpiCatalog catalog) implements KpiCatalogChange {
        public Accepted {
            Objects.requireNonNull(catalog, "catalog");
        }
    }

    record Rejected(List<KpiProblem> problems) implements KpiCatalogChange {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A rejection names at least one problem");
            }
        }
    }
}

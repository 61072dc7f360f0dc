package com.kpipulse.domain.kpi;

import java.util.List;
import java.util.Objects;

/** The verdict on a change of the custom KPIs: the catalog it makes, or every reason it is refused. */
public sealed interface CatalogChangeVerdict {

    record Accepted(KpiCatalog catalog) implements CatalogChangeVerdict {
        public Accepted {
            Objects.requireNonNull(catalog, "catalog");
        }
    }

    record Rejected(List<KpiProblem> problems) implements CatalogChangeVerdict {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A rejection names at least one problem");
            }
        }
    }
}

package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.formula.Expression;

import java.util.List;
import java.util.Objects;

/**
 * A KPI as an identity over its drivers ({@code revenue ≡ visits × conversion_rate × aov}), read from
 * {@code driver-trees.tsv}: its deviation splits exactly among them.
 *
 * @param drivers the names the identity refers to, each once, in the order they appear
 */
public record DriverTree(KpiCode kpi, String identityText, Expression identity, List<String> drivers) {

    public DriverTree {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(identityText, "identityText");
        Objects.requireNonNull(identity, "identity");
        drivers = List.copyOf(drivers);
        if (drivers.isEmpty() || drivers.size() > ShapleySplit.MAX_FACTORS) {
            throw new IllegalArgumentException("A driver tree has 1 to " + ShapleySplit.MAX_FACTORS + " drivers: "
                    + kpi + " ≡ " + identityText);
        }
    }
}

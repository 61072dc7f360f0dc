package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.measure.Unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One driver's part of a KPI's deviation, in the KPI's unit: its value in the period and in the reference, and what
 * its move did to the KPI. The drivers of one split add up exactly to the deviation.
 *
 * @param parts the driver opened one level further along its own tree, in the same unit as {@code contribution}
 *              and adding up to it exactly (each part's share of the driver's own change); empty when the driver has
 *              no tree or did not move
 */
public record DriverContribution(String code, LocalizedText name, Unit unit, DriverRole role, BigDecimal actual,
                                 BigDecimal reference, BigDecimal contribution, List<DriverContribution> parts) {

    public DriverContribution {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(contribution, "contribution");
        parts = List.copyOf(parts);
    }
}

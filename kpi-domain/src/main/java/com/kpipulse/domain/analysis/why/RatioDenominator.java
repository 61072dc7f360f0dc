package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The denominator of a KPI that is a ratio of two totals (conversion = orders / visits, CPA, ROMI = (revenue − spend)
 * / spend), read from its formula as the «Почему» analysis reads it ({@link KpiShape}). Days of such a KPI are put
 * together as Σ numerator / Σ denominator, so what a day weighs is its denominator; a total, a level or a growth KPI
 * has none.
 */
public final class RatioDenominator {

    private final LinearCombination denominator;

    private RatioDenominator(LinearCombination denominator) {
        this.denominator = denominator;
    }

    /** The KPI's denominator, when its formula is a ratio of two totals (with perhaps a constant around it). */
    public static Optional<RatioDenominator> of(KpiDefinition kpi, KpiCatalog catalog) {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(catalog, "catalog");
        return KpiShape.of(kpi, catalog) instanceof KpiShape.Ratio ratio
                ? Optional.of(new RatioDenominator(ratio.denominator())) : Optional.empty();
    }

    /** The denominator over the period in the selected slice; a measure without data counts as nothing of it. */
    public BigDecimal over(ObservationSet data, Period period, DimensionSelection selection) {
        return denominator.weights().entrySet().stream()
                .map(term -> data.within(new MeasureCode(term.getKey()), period, selection).stream()
                        .map(Observation::value).reduce(BigDecimal.ZERO, BigDecimal::add).multiply(term.getValue()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

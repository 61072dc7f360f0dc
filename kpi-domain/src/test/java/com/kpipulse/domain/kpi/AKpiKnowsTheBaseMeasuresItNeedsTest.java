package com.kpipulse.domain.kpi;

import com.kpipulse.domain.measure.MeasureCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AKpiKnowsTheBaseMeasuresItNeedsTest {

    private final KpiCatalog catalog = KpiCatalog.standard();

    @Test
    void aRatioNeedsItsNumeratorAndDenominator() {
        assertThat(catalog.measuresOf(catalog.find("cac").orElseThrow()))
                .extracting(MeasureCode::value)
                .containsExactly("marketing_spend", "new_customers", "sales_spend");
    }

    @Test
    void aGrowthKpiNeedsItsMeasureOnce() {
        assertThat(catalog.measuresOf(catalog.find("sales_growth").orElseThrow()))
                .extracting(MeasureCode::value)
                .containsExactly("revenue");
    }

    @Test
    void everyCatalogKpiNeedsAtLeastOneKnownMeasure() {
        for (KpiDefinition kpi : catalog.all()) {
            assertThat(catalog.measuresOf(kpi)).as(kpi.code().value()).isNotEmpty()
                    .allSatisfy(code -> assertThat(catalog.measures().find(code.value())).isPresent());
        }
    }
}

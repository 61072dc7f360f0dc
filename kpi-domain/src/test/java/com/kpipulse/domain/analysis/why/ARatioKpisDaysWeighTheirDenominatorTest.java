package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ARatioKpisDaysWeighTheirDenominatorTest {

    private static final KpiCatalog CATALOG = KpiCatalog.standard();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final ObservationSet data = ObservationSet.of(
            Observation.daily("visits", DAY, Map.of("channel", "vk_ads"), new BigDecimal("1200")),
            Observation.daily("visits", DAY, Map.of("channel", "seo"), new BigDecimal("800")),
            Observation.daily("orders", DAY, Map.of("channel", "vk_ads"), new BigDecimal("30")));

    @Test
    void theConversionRatesDayWeighsItsVisitsInTheChosenChannels() {
        RatioDenominator visits = RatioDenominator.of(CATALOG.find("conversion_rate").orElseThrow(), CATALOG)
                .orElseThrow();

        assertThat(visits.over(data, Period.day(DAY), DimensionSelection.where("channel", "vk_ads")))
                .isEqualByComparingTo("1200");
        assertThat(visits.over(data, Period.day(DAY), DimensionSelection.all())).isEqualByComparingTo("2000");
        assertThat(visits.over(data, Period.day(DAY.plusDays(1)), DimensionSelection.all())).isZero();
    }

    @Test
    void aTotalHasNoDenominator() {
        assertThat(RatioDenominator.of(CATALOG.find("revenue").orElseThrow(), CATALOG)).isEmpty();
    }
}

package com.kpipulse.domain.kpi;

import com.kpipulse.domain.measure.MeasureCatalog;
import com.kpipulse.domain.measure.Aggregation;
import com.kpipulse.domain.measure.Unit;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class TheCatalogIsOneDataFileTest {

    private final KpiCatalog catalog = KpiCatalog.standard();

    @Test
    void everyKpiHasNamesAnExplanationAndAValidFormula() {
        assertThat(catalog.all()).hasSize(47).allSatisfy(kpi -> {
            assertThat(kpi.name(Locale.forLanguageTag("ru"))).isEqualTo(kpi.nameRu()).isNotBlank();
            assertThat(kpi.name(Locale.ENGLISH)).isEqualTo(kpi.nameEn()).isNotBlank();
            assertThat(kpi.explanationRu()).isNotBlank();
            assertThat(kpi.explanationEn()).isNotBlank();
            assertThat(catalog.checkFormula(kpi.formula())).isEmpty();
        });
    }

    @Test
    void romiAndRoasStateTheirOwnBreakEven() {
        assertThat(catalog.find("romi").orElseThrow().explanationEn()).contains("0 %");
        assertThat(catalog.find("roas").orElseThrow().explanationEn()).contains("100 %");
    }

    @Test
    void directionsAndUnitsFollowTheCatalogDocument() {
        assertThat(catalog.get(new KpiCode("cac")).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(catalog.get(new KpiCode("cart_abandonment")).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(catalog.get(new KpiCode("nps")).unit()).isEqualTo(Unit.POINTS);
        assertThat(catalog.get(new KpiCode("avg_session")).unit()).isEqualTo(Unit.SECONDS);
        assertThat(catalog.get(new KpiCode("response_time")).unit()).isEqualTo(Unit.MINUTES);
        assertThat(catalog.get(new KpiCode("market_share")).level()).isEqualTo(Level.STRATEGIC);
    }

    @Test
    void snapshotsAndPerPeriodCountsAreMarkedAsSuch() {
        MeasureCatalog measures = MeasureCatalog.standard();
        assertThat(measures.find("followers").orElseThrow().aggregation()).isEqualTo(Aggregation.SNAPSHOT);
        assertThat(measures.find("receivables").orElseThrow().aggregation()).isEqualTo(Aggregation.SNAPSHOT);
        assertThat(measures.find("customers_start").orElseThrow().aggregation()).isEqualTo(Aggregation.OPENING_SNAPSHOT);
        assertThat(measures.find("unique_visitors").orElseThrow().aggregation()).isEqualTo(Aggregation.ADDITIVE_PER_PERIOD);
        assertThat(measures.all()).hasSize(44);
    }

    @Test
    void additiveKpisAreTheOnesWhoseTargetsAddUp() {
        assertThat(catalog.isAdditive(catalog.get(new KpiCode("revenue")))).isTrue();
        assertThat(catalog.isAdditive(catalog.get(new KpiCode("profit")))).isTrue();
        assertThat(catalog.isAdditive(catalog.get(new KpiCode("conversion_rate")))).isFalse();
        assertThat(catalog.isAdditive(catalog.get(new KpiCode("receivables")))).isFalse();
        assertThat(catalog.isAdditive(catalog.get(new KpiCode("unique_visitors")))).isFalse();
    }
}

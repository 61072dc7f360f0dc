package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis evaluates the catalog's formulas over sums (and over mixes of two periods' drivers, which the engine
 * cannot); over the same figures it gives exactly what {@link KpiEngine} gives, for every KPI of the catalog that
 * does not look back a period, zeros included.
 */
class TheAnalysisComputesKpisAsTheKpiEngineDoesTest {

    private static final Period WEEK = Period.isoWeek(2026, 25);

    @Test
    void everyCatalogKpiHasTheEnginesValueOverTheSameSums() {
        KpiCatalog catalog = KpiCatalog.standard();
        var values = new FormulaValues(catalog);
        var engine = new KpiEngine(catalog);
        var random = new Random(13);
        int compared = 0;
        for (int draw = 0; draw < 40; draw++) {
            var sums = new HashMap<String, BigDecimal>();
            var rows = new ArrayList<Observation>();
            for (MeasureDefinition measure : catalog.measures().all()) {
                BigDecimal value = random.nextInt(6) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(1_000_000), 2);
                sums.put(measure.code().value(), value);
                rows.add(new Observation(measure.code(), WEEK, Map.of("channel", "seo"), value,
                        measure.isMoney() ? Optional.of(SyntheticCompany.RUB) : Optional.empty()));
            }
            ObservationSet observations = ObservationSet.of(rows);
            for (KpiDefinition kpi : catalog.all()) {
                if (values.needsPreviousPeriod(kpi)) {
                    continue;
                }
                KpiValue expected = engine.evaluate(kpi, WEEK, DimensionSelection.all(), observations);
                Optional<BigDecimal> actual = values.of(kpi, new MeasureSums(sums));
                assertThat(actual.isPresent()).as(kpi.code() + " has a value").isEqualTo(expected.isKnown());
                actual.ifPresent(value -> assertThat(value).as(kpi.code().value())
                        .isEqualByComparingTo(expected.number().orElseThrow()));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(1000);
    }
}

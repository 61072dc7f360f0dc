package com.kpipulse.domain.kpi;

import com.kpipulse.domain.Shop;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.kpipulse.domain.Shop.nov;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analysis sums every measure of every channel and campaign from rows it has already sorted into slices
 * ({@link KpiEngine#aggregate}): each measure must come out as the engine evaluates it from a set of the same rows —
 * summed, a snapshot's last value, a per-period count only for its own period, no value for a mix of currencies.
 */
class AMeasureAggregatedFromItsRowsIsWhatTheEngineEvaluatesItToTest {

    private final KpiCatalog catalog = KpiCatalog.standard();
    private final KpiEngine engine = new KpiEngine(catalog);
    private final Period november = Period.month(2026, 11);

    @Test
    void everyRuleGivesTheSameValueOrTheSameAbsenceOfOne() {
        ObservationSet rows = new Shop()
                .money("revenue", nov(1), "direct", "1000.50")
                .money("revenue", nov(2), "vk", "10")
                .money("ad_spend", nov(1), "direct", "10", Shop.RUB)
                .money("ad_spend", nov(2), "vk", "10", Shop.USD)
                .count("visits", nov(3), "direct", "40")
                .count("visits", nov(4), "direct", "2")
                .count("customers_end", nov(5), "direct", "300")
                .count("customers_end", nov(20), "direct", "320")
                .count("customers_start", nov(5), "direct", "280")
                .count("customers_start", nov(20), "direct", "290")
                .perPeriod("active_customers", Period.of(com.kpipulse.domain.period.Grain.WEEK, nov(2)), "direct",
                        "70", null)
                .build();

        for (String code : List.of("revenue", "ad_spend", "visits", "customers_end", "customers_start",
                "active_customers", "orders")) {
            MeasureDefinition measure = catalog.measures().get(new MeasureCode(code));
            KpiValue fromRows = engine.aggregate(measure, november,
                    rows.within(measure.code(), november, DimensionSelection.all()));
            KpiValue evaluated = engine.evaluate(new KpiDefinition(new KpiCode(code), measure.nameRu(),
                    measure.nameEn(), code, measure.unit(), Direction.HIGHER_IS_BETTER, Level.OPERATIONAL,
                    KpiGroup.MARKETING, measure.nameRu(), measure.nameEn()), november, DimensionSelection.all(), rows);

            assertThat(fromRows).as(code).isEqualTo(evaluated);
        }
        assertThat(engine.aggregate(catalog.measures().get(new MeasureCode("customers_end")), november,
                rows.within(new MeasureCode("customers_end"), november, DimensionSelection.all())).number())
                .as("a snapshot's last value, not a sum").hasValueSatisfying(value ->
                        assertThat(value).isEqualByComparingTo("320"));
        assertThat(engine.aggregate(catalog.measures().get(new MeasureCode("ad_spend")), november,
                rows.within(new MeasureCode("ad_spend"), november, DimensionSelection.all())).isKnown())
                .as("two currencies have no sum").isFalse();
    }
}

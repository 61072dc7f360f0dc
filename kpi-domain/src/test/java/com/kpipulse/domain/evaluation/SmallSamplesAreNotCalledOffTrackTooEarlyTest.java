package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.Shop;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.ProportionCounts;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static com.kpipulse.domain.Shop.nov;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SmallSamplesAreNotCalledOffTrackTooEarlyTest {

    private final KpiCatalog catalog = KpiCatalog.standard();
    private final KpiEngine engine = new KpiEngine(catalog);
    private final Period week = Period.isoWeek(2026, 46);

    private KpiEvaluation conversion(String orders, String visits, EvaluationPolicy policy) {
        var rows = new Shop().count("orders", nov(10), "direct", orders).count("visits", nov(10), "direct", visits).build();
        return new KpiEvaluator(engine, policy).evaluate(catalog.get(new KpiCode("conversion_rate")), week,
                Target.absolute("0.08"), DimensionSelection.all(), rows);
    }

    @Test
    void twoOrdersOutOfFortyVisitsCannotProveAMissedEightPercent() {
        KpiEvaluation evaluation = conversion("2", "40", EvaluationPolicy.standard());

        assertThat(evaluation.attainment()).hasValueSatisfying(value -> assertThat(value).isEqualByComparingTo("0.625"));
        assertThat(evaluation.status()).isEqualTo(Status.AT_RISK);
        assertThat(evaluation.reason().english()).contains("on only 40 trials", "1.4%", "16.5%", "Too few to call it off track");
    }

    @Test
    void theSameRateOnManyVisitsIsOffTrack() {
        assertThat(conversion("200", "4000", EvaluationPolicy.standard()).status()).isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void theHoldBackCanBeSwitchedOff() {
        assertThat(conversion("2", "40", EvaluationPolicy.standard().withoutSmallSampleHoldBack()).status())
                .isEqualTo(Status.OFF_TRACK);
    }

    @Test
    void theWilsonIntervalMatchesAWorkedExample() {
        // p = 0.05, n = 40, z = 1.96: centre 0.0894, half-width 0.0756
        var interval = ProportionInterval.wilson(new ProportionCounts(new BigDecimal("2"), new BigDecimal("40")), ProportionInterval.Z_95);

        assertThat(interval.low()).isCloseTo(0.0138, within(0.0005));
        assertThat(interval.high()).isCloseTo(0.1650, within(0.0005));
    }

    @Test
    void theCountsBehindAComplementRateAreTheFailures() {
        var rows = new Shop().count("carts", nov(10), "direct", "50").count("cart_orders", nov(10), "direct", "35").build();

        var counts = engine.proportionCounts(catalog.get(new KpiCode("cart_abandonment")), week, DimensionSelection.all(), rows);

        assertThat(counts).contains(new ProportionCounts(new BigDecimal("15"), new BigDecimal("50")));
        assertThat(engine.proportionCounts(catalog.get(new KpiCode("aov")), week, DimensionSelection.all(), rows)).isEmpty();
    }
}

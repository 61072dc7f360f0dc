package com.kpipulse.domain.kpi;

import com.kpipulse.domain.Shop;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** November 2026 of {@link Shop}, every catalog KPI over all channels, worked out by hand. */
class EveryCatalogKpiIsComputedAsByHandTest {

    private static final Map<String, String> NOVEMBER = new LinkedHashMap<>();

    static {
        NOVEMBER.put("revenue", "1200000");            // 500k + 300k (direct) + 400k (vk)
        NOVEMBER.put("sales_growth", "0.2");           // 1 200k / 1 000k (October) - 1
        NOVEMBER.put("profit", "300000");              // 1 200k - 900k
        NOVEMBER.put("romi", "5");                     // (1 200k - 200k) / 200k: break-even would be 0
        NOVEMBER.put("roas", "12");                    // 1 200k / 100k = 1200 %: break-even would be 1 (100 %)
        NOVEMBER.put("roi", "1.5");                    // (500k - 200k) / 200k
        NOVEMBER.put("cac", "5000");                   // (200k + 100k) / (40 + 20)
        NOVEMBER.put("cac_marketing", "3333.333333"); // 200k / 60: sales costs left out
        NOVEMBER.put("new_customers", "60");           // 40 (direct) + 20 (vk)
        NOVEMBER.put("cpa", "250");                    // 100k / 400
        NOVEMBER.put("cpc", "20");                     // 100k / (3000 + 2000)
        NOVEMBER.put("cps", "250");                    // 100k / 400
        NOVEMBER.put("ctr", "0.02");                   // 5000 / 250 000
        NOVEMBER.put("email_ctr", "0.035");            // 350 / 10 000
        NOVEMBER.put("orders", "400");                 // 150 + 100 + 150
        NOVEMBER.put("aov", "3000");                   // 1 200k / 400
        NOVEMBER.put("arpu", "4000");                  // 1 200k / (200 + 100)
        NOVEMBER.put("conversion_rate", "0.02");       // 400 / 20 000
        NOVEMBER.put("leads", "800");
        NOVEMBER.put("lcr", "0.15");                   // 120 / 800
        NOVEMBER.put("lead_quality", "0.4");           // 320 / 800
        NOVEMBER.put("lead_revenue", "600000");
        NOVEMBER.put("ltv", "100000");                 // 3000 * (400 / 300) / (1 - 0.96)
        NOVEMBER.put("retention_rate", "0.96");        // (1020 last - 60 new) / 1000 first
        NOVEMBER.put("repeat_rate", "0.25");           // 100 / 400
        NOVEMBER.put("traffic", "20000");              // 7000 + 5000 + 8000
        NOVEMBER.put("unique_visitors", "15000");      // monthly 9000 + 6000; the daily 500 is not the month's figure
        NOVEMBER.put("organic_growth", "0.2");         // 6000 / 5000 - 1
        NOVEMBER.put("avg_session", "120");            // 2 400 000 s / 20 000 visits
        NOVEMBER.put("social_traffic", "3000");
        NOVEMBER.put("return_rate", "0.3");            // 4500 / 15 000
        NOVEMBER.put("cart_abandonment", "0.2");       // 1 - 400 / 500
        NOVEMBER.put("click_to_visit", "4");          // 20 000 visits / 5000 clicks: every channel's visits
        NOVEMBER.put("visit_to_lead", "0.04");        // 800 / 20 000
        NOVEMBER.put("qualified_to_customer", "0.1875"); // 60 / 320
        NOVEMBER.put("visit_to_cart", "0.025");       // 500 / 20 000
        NOVEMBER.put("cart_to_order", "0.8");         // 400 orders / 500 carts
        NOVEMBER.put("follower_growth", "1500");       // (10 000 vk + 2 500 tg) - (9 000 + 2 000)
        NOVEMBER.put("engagement_rate", "0.04");       // 2000 / 50 000
        NOVEMBER.put("reach", "50000");
        NOVEMBER.put("mentions", "75");
        NOVEMBER.put("social_sales", "30");
        NOVEMBER.put("nps", "45");                     // (60 - 15) / 100 * 100
        NOVEMBER.put("brand_awareness", "0.3");        // 180 / 600
        NOVEMBER.put("response_time", "15");           // 3000 min / 200
        NOVEMBER.put("market_share", "0.05");          // 1 200k / 24 000k
        NOVEMBER.put("receivables", "250000");         // last value (28th), not 300k + 250k
    }

    private final ObservationSet shop = Shop.autumn2026();
    private final KpiEngine engine = new KpiEngine(KpiCatalog.standard());

    static Stream<Arguments> november() {
        return NOVEMBER.entrySet().stream().map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
    }

    @ParameterizedTest(name = "{0} in November 2026 = {1}")
    @MethodSource("november")
    void computes(String code, String expected) {
        KpiValue value = engine.evaluate(new KpiCode(code), Period.month(2026, 11), DimensionSelection.all(), shop);

        assertThat(value).isInstanceOf(KpiValue.Known.class);
        assertThat(value.number().orElseThrow().setScale(6, RoundingMode.HALF_UP))
                .isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void theTableCoversEveryCatalogKpi() {
        assertThat(NOVEMBER.keySet()).containsExactlyInAnyOrderElementsOf(
                KpiCatalog.standard().all().stream().map(kpi -> kpi.code().value()).toList());
    }

    @Test
    void moneyKpisCarryTheCurrencyAndRatiosDoNot() {
        var period = Period.month(2026, 11);
        var aov = (KpiValue.Known) engine.evaluate(new KpiCode("aov"), period, DimensionSelection.all(), shop);
        var romi = (KpiValue.Known) engine.evaluate(new KpiCode("romi"), period, DimensionSelection.all(), shop);

        assertThat(aov.currency()).contains(Shop.RUB);
        assertThat(romi.currency()).isEqualTo(Optional.empty());
    }
}

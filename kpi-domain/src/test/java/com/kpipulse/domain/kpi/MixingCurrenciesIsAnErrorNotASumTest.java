package com.kpipulse.domain.kpi;

import com.kpipulse.domain.Shop;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import static com.kpipulse.domain.Shop.nov;
import static org.assertj.core.api.Assertions.assertThat;

class MixingCurrenciesIsAnErrorNotASumTest {

    private final KpiEngine engine = new KpiEngine(KpiCatalog.standard());
    private final Period november = Period.month(2026, 11);

    @Test
    void revenueInTwoCurrenciesHasNoTotal() {
        ObservationSet rows = new Shop()
                .money("revenue", nov(1), "direct", "1000", Shop.RUB)
                .money("revenue", nov(2), "vk", "10", Shop.USD)
                .build();

        KpiValue revenue = engine.evaluate(new KpiCode("revenue"), november, DimensionSelection.all(), rows);

        assertThat(revenue).isInstanceOfSatisfying(KpiValue.None.class, none -> {
            assertThat(none.reason()).isEqualTo(NoValueReason.CURRENCY_MIX);
            assertThat(none.reasonEn()).contains("RUB", "USD");
        });
    }

    @Test
    void oneCurrencyPerChannelStillAddsUpWithinTheChannel() {
        ObservationSet rows = new Shop()
                .money("revenue", nov(1), "direct", "1000", Shop.RUB)
                .money("revenue", nov(2), "vk", "10", Shop.USD)
                .build();

        KpiValue vk = engine.evaluate(new KpiCode("revenue"), november, DimensionSelection.where("channel", "vk"), rows);

        assertThat(vk).isEqualTo(new KpiValue.Known(new BigDecimal("10"), com.kpipulse.domain.measure.Unit.MONEY, Optional.of(Shop.USD)));
    }

    @Test
    void aRatioOfAmountsInDifferentCurrenciesHasNoValue() {
        ObservationSet rows = new Shop()
                .money("revenue", nov(1), "direct", "1000", Shop.RUB)
                .money("ad_spend", nov(1), "direct", "10", Shop.USD)
                .build();

        KpiValue roas = engine.evaluate(new KpiCode("roas"), november, DimensionSelection.all(), rows);

        assertThat(roas).isInstanceOfSatisfying(KpiValue.None.class,
                none -> assertThat(none.reason()).isEqualTo(NoValueReason.CURRENCY_MIX));
    }

    @Test
    void moneyWithoutACurrencyIsNotGuessed() {
        ObservationSet rows = ObservationSet.of(new Observation(new MeasureCode("revenue"), Period.day(nov(1)),
                Map.of(), new BigDecimal("1000"), Optional.empty()));

        KpiValue revenue = engine.evaluate(new KpiCode("revenue"), november, DimensionSelection.all(), rows);

        assertThat(revenue).isInstanceOfSatisfying(KpiValue.None.class,
                none -> assertThat(none.reason()).isEqualTo(NoValueReason.MISSING_CURRENCY));
    }
}

package com.kpipulse.domain.kpi;

import com.kpipulse.domain.Shop;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Zero denominators, first periods, snapshots, one channel, several periods: each row worked out
 * by hand from {@link Shop}. "-" as channel means all channels; "none:REASON" means no value.
 */
class KpiEdgeCasesAreComputedAsByHandTest {

    private final ObservationSet shop = Shop.autumn2026();
    private final KpiEngine engine = new KpiEngine(KpiCatalog.standard());

    @ParameterizedTest(name = "{0} over {1} for channel {2} = {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # one channel: vk orders 150 / vk visits 8000
            conversion_rate  | 2026-11    | vk     | 0.01875
            # a quarter: (250 + 400) / (10 000 + 20 000), not the mean of 0.025 and 0.02 (0.0225)
            conversion_rate  | 2026-Q4    | -      | 0.021667
            revenue          | 2026-Q4    | -      | 2300000
            # 2 300 000 / 650
            aov              | 2026-Q4    | -      | 3538.461538
            # December against November: 100k / 1 200k - 1
            sales_growth     | 2026-12    | -      | -0.916667
            # first period: nothing in September to compare with
            sales_growth     | 2026-10    | -      | none:NO_PREVIOUS_PERIOD
            organic_growth   | 2026-10    | -      | none:NO_PREVIOUS_PERIOD
            follower_growth  | 2026-10    | -      | none:NO_PREVIOUS_PERIOD
            follower_growth  | 2026-Q4    | -      | none:NO_PREVIOUS_PERIOD
            # snapshots: vk only, last of November 10 000 minus last of October 9 000
            follower_growth  | 2026-11    | vk     | 1000
            follower_growth  | 2026-11    | tg     | 500
            # receivables over the quarter: the last value (28 Nov), not a sum
            receivables      | 2026-Q4    | -      | 250000
            receivables      | 2026-11-05 | -      | 300000
            # zero denominators: no value, never 0 or infinity
            romi             | 2026-12    | -      | none:ZERO_DENOMINATOR
            cac              | 2026-12    | -      | none:ZERO_DENOMINATOR
            # unique visitors are recorded per month; a quarter or a week cannot be added up from them
            unique_visitors  | 2026-11    | vk     | 6000
            unique_visitors  | 2026-Q4    | -      | none:NOT_ADDITIVE_ACROSS_PERIODS
            unique_visitors  | 2026-W45   | -      | none:NOT_ADDITIVE_ACROSS_PERIODS
            unique_visitors  | 2026-11-05 | direct | 500
            arpu             | 2026-Q4    | -      | none:NOT_ADDITIVE_ACROSS_PERIODS
            # market volume has no channel, so it is not part of channel = vk
            market_share     | 2026-11    | vk     | none:NO_DATA
            roas             | 2027-01    | -      | none:NO_DATA
            # a custom range, 1-15 Nov: 500k + 400k (the 300k of the 20th is outside)
            revenue          | 2026-11-01..2026-11-15 | - | 900000
            """)
    void computes(String code, String periodLabel, String channel, String expected) {
        var period = periodLabel.contains("..")
                ? Period.custom(LocalDate.parse(periodLabel.substring(0, 10)), LocalDate.parse(periodLabel.substring(12)))
                : Shop.period(periodLabel);
        var selection = channel.equals("-") ? DimensionSelection.all() : DimensionSelection.where("channel", channel);

        KpiValue value = engine.evaluate(new KpiCode(code), period, selection, shop);

        if (expected.startsWith("none:")) {
            assertThat(value).isInstanceOfSatisfying(KpiValue.None.class, none -> {
                assertThat(none.reason()).isEqualTo(NoValueReason.valueOf(expected.substring(5)));
                assertThat(none.reasonRu()).isNotBlank();
                assertThat(none.reasonEn()).isNotBlank();
            });
        } else {
            assertThat(value).isInstanceOf(KpiValue.Known.class);
            assertThat(value.number().orElseThrow().setScale(6, RoundingMode.HALF_UP)).isEqualByComparingTo(new BigDecimal(expected));
        }
    }
}

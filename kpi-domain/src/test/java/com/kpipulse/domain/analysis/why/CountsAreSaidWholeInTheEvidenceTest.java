package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.measure.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static com.kpipulse.domain.analysis.why.HandMade.channels;
import static com.kpipulse.domain.analysis.why.HandMade.history;
import static com.kpipulse.domain.analysis.why.HandMade.sums;
import static com.kpipulse.domain.analysis.why.HandMade.week;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan is shaped over days and channels, so it holds fractions of orders and visits (VK Ads' share of the week's
 * plan: 10 123.4 visits and 212.43 orders). Nobody has 212.43 orders: the evidence says counts as whole numbers,
 * rounded half up, while money keeps its notation and rates their percentages; the figures themselves keep every digit.
 */
class CountsAreSaidWholeInTheEvidenceTest {

    private final WhyAnalysis analysis = new WhyAnalysis(KpiCatalog.standard(), ChannelCatalog.seed());

    @Test
    void aFractionalPlanOfOrdersAndVisitsIsSaidInWholeOrdersAndVisits() {
        Diagnosis diagnosis = (Diagnosis) analysis.diagnose(new DeviationQuestion(new KpiCode("orders"),
                ReferenceKind.PLAN, week(25, company("5000", "105")), week(25, company("10123.4", "212.43")),
                Optional.empty(), history(25, 12, back -> company("10000", "210")), Set.of(),
                Optional.of(SyntheticCompany.RUB)));

        String russian = String.join("\n", diagnosis.evidence().stream().map(sentence -> sentence.russian()).toList());
        String english = String.join("\n", diagnosis.evidence().stream().map(sentence -> sentence.english()).toList());
        assertThat(diagnosis.reference()).as("the plan keeps its digits").isEqualByComparingTo(new BigDecimal("612.43"));
        assertThat(russian).startsWith("Количество продаж: ").contains("к плану (−107)",
                "«Визиты»: 10\u00A0123 → 5\u00A0000").doesNotContain("107,4", "10\u00A0123,4");
        assertThat(english).contains("against plan (−107)", "Visits went from 10,123 to 5,000")
                .doesNotContain("107.4", "10,123.4");
    }

    @Test
    void moneyAndRatesKeepTheirNotation() {
        Wording wording = new Wording(Optional.of(SyntheticCompany.RUB));

        assertThat(wording.value(new BigDecimal("212.43"), Unit.COUNT).ru()).isEqualTo("212");
        assertThat(wording.value(new BigDecimal("212.5"), Unit.COUNT).en())
                .as("half up").isEqualTo("213");
        assertThat(wording.value(new BigDecimal("212.43"), Unit.MONEY).ru())
                .isEqualTo("212,43\u00A0₽");
        assertThat(wording.value(new BigDecimal("0.0243"), Unit.PERCENT).ru())
                .isEqualTo("2,4\u00A0%");
        assertThat(wording.amount(new BigDecimal("-92.43"), Unit.COUNT).ru())
                .isEqualTo("−92");
        assertThat(wording.amount(new BigDecimal("-0.43"), Unit.COUNT).ru())
                .as("a part that rounds to none has no sign").isEqualTo("0");
    }

    /** VK Ads with the visits and orders given; Yandex Direct and SEO as planned, in whole orders. */
    private static Map<String, MeasureSums> company(String vkVisits, String vkOrders) {
        return channels(
                "vk_ads", sums("visits", vkVisits, "orders", vkOrders),
                "yandex_direct", sums("visits", 12_000, "orders", 250),
                "seo", sums("visits", 9_000, "orders", 150));
    }
}

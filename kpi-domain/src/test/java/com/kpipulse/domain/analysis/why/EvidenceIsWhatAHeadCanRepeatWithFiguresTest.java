package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.text.Message;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static com.kpipulse.domain.analysis.why.HandMade.channels;
import static com.kpipulse.domain.analysis.why.HandMade.history;
import static com.kpipulse.domain.analysis.why.HandMade.question;
import static com.kpipulse.domain.analysis.why.HandMade.sums;
import static com.kpipulse.domain.analysis.why.HandMade.week;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The example: revenue (1 680 000 ₽) falls by 360 000 ₽ against last week because the site conversion of
 * VK Ads fell from 2.1 % to 0.9 % at the same visits. The evidence says so in one sentence with the figures, in
 * Russian and in English, and names channels and KPIs by name, not by code.
 */
class EvidenceIsWhatAHeadCanRepeatWithFiguresTest {

    private final WhyAnalysis analysis = new WhyAnalysis(KpiCatalog.standard(), ChannelCatalog.seed());

    @Test
    void aConversionDropInOneChannelIsSaidWithTheChannelTheDriverAndItsFigures() {
        Diagnosis diagnosis = (Diagnosis) analysis.diagnose(question("revenue", week(25, company(90)),
                week(24, company(210)), history(24, 12, back -> company(210, 1 + 0.01 * Math.sin(back)))));

        assertThat(diagnosis.cause()).isEqualTo(Cause.CHANNEL);
        assertThat(diagnosis.explainedBy()).containsExactly("vk_ads");
        assertThat(diagnosis.mainDriver().orElseThrow().code()).isEqualTo("conversion_rate");
        Message said = diagnosis.evidence().getFirst();
        assertThat(said.russian()).isEqualTo("Объём продаж / выручка: −21,4\u00A0% к предыдущему периоду (−360\u00A0000\u00A0₽): "
                + "100,0\u00A0% изменения приходится на VK Реклама; там «Конверсия сайта»: 2,1\u00A0% → 0,9\u00A0%.");
        assertThat(said.english()).isEqualTo("Sales volume / revenue changed by −21.4% against the previous period "
                + "(−RUB\u00A0360,000): 100.0% of the change comes from VK Ads, where Site conversion rate went from 2.1% to 0.9%.");
        assertThat(said.code()).isEqualTo("why.channel");
    }

    @Test
    void aChangeWithinTheUsualSwingIsSaidToBeJustThat() {
        Diagnosis diagnosis = (Diagnosis) analysis.diagnose(question("revenue", week(25, company(208)),
                week(24, company(210)), history(24, 12, back -> company(210, 1 + 0.02 * Math.sin(back)))));

        assertThat(diagnosis.cause()).isEqualTo(Cause.NONE);
        assertThat(diagnosis.evidence().getFirst().russian()).contains("это обычные колебания");
        assertThat(diagnosis.evidence().getFirst().english()).contains("that is the usual swing");
    }

    @Test
    void withoutHistoryTheEvidenceSaysTheUsualSwingIsUnknown() {
        Diagnosis diagnosis = (Diagnosis) analysis.diagnose(question("revenue", week(25, company(90)),
                week(24, company(210)), List.of()));

        assertThat(diagnosis.cause()).isEqualTo(Cause.CHANNEL);
        assertThat(diagnosis.evidence().getLast().code()).isEqualTo("why.no_history");
        assertThat(diagnosis.evidence().getLast().russian()).startsWith("Истории меньше 5 периодов");
    }

    /** VK Ads with 10 000 visits and {@code vkOrders} orders at 3 000 ₽; Yandex Direct and SEO as usual. */
    private static Map<String, MeasureSums> company(int vkOrders) {
        return company(vkOrders, 1);
    }

    private static Map<String, MeasureSums> company(int vkOrders, double wave) {
        return channels(
                "vk_ads", channel(10_000 * wave, vkOrders * wave, 3000),
                "yandex_direct", channel(12_000 * wave, 250 * wave, 2400),
                "seo", channel(9_000 * wave, 180 * wave, 2500));
    }

    private static MeasureSums channel(double visits, double orders, int check) {
        BigDecimal count = BigDecimal.valueOf(Math.round(orders));
        return sums("visits", Math.round(visits), "orders", count, "revenue", count.multiply(BigDecimal.valueOf(check)));
    }
}

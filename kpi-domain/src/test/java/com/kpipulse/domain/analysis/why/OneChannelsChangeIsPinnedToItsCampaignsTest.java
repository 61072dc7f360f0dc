package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.period.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static com.kpipulse.domain.analysis.why.HandMade.question;
import static com.kpipulse.domain.analysis.why.HandMade.sums;
import static org.assertj.core.api.Assertions.assertThat;

/** When one channel explains the change, its campaigns are split the same way and the explaining ones are named. */
class OneChannelsChangeIsPinnedToItsCampaignsTest {

    private final WhyAnalysis analysis = new WhyAnalysis(KpiCatalog.standard(), ChannelCatalog.seed());

    @Test
    void theCampaignThatLostItsOrdersIsNamedInsideTheChannel() {
        PeriodFigures before = week(24, 100);
        PeriodFigures after = week(25, 20);

        Diagnosis diagnosis = (Diagnosis) analysis.diagnose(question("orders", after, before, List.of()));

        assertThat(diagnosis.explainedBy()).containsExactly("yandex_direct");
        assertThat(diagnosis.explainedByCampaigns()).containsExactly("generic");
        assertThat(diagnosis.campaigns()).extracting(SliceContribution::slice).containsExactly("generic", "", "brand");
        assertThat(diagnosis.campaigns().getFirst().contribution()).isEqualByComparingTo("-80");
        assertThat(diagnosis.campaigns().get(1).name().ru()).isEqualTo("без кампании");
        assertThat(diagnosis.campaigns().stream().map(SliceContribution::contribution)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("-80");
    }

    private static PeriodFigures week(int number, int genericOrders) {
        var yandex = new ChannelFigures("yandex_direct", sums("orders", 150 + genericOrders), Map.of(
                "brand", sums("orders", 140),
                "generic", sums("orders", genericOrders),
                "", sums("orders", 10)));
        var seo = ChannelFigures.of("seo", sums("orders", 200));
        return PeriodFigures.of(Period.isoWeek(2026, number), List.of(yandex, seo));
    }
}

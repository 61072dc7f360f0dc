package com.kpipulse.domain.kpi;

import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.measure.MeasureCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FunnelsAndChannelTablesAreCatalogDataTest {

    private final KpiCatalog catalog = KpiCatalog.standard();

    @Test
    void theLeadFunnelGoesFromImpressionToCustomerThroughCatalogRatios() {
        Funnel leads = Funnels.standard().getFirst();

        assertThat(leads.stages()).extracting(MeasureCode::value)
                .containsExactly("impressions", "clicks", "visits", "leads", "qualified_leads", "new_customers");
        assertThat(leads.steps()).extracting(KpiCode::value)
                .containsExactly("ctr", "click_to_visit", "visit_to_lead", "lead_quality", "qualified_to_customer");
        for (int i = 0; i < leads.steps().size(); i++) {
            assertThat(catalog.get(leads.steps().get(i)).formula())
                    .isEqualTo(leads.stages().get(i + 1).value() + " / " + leads.stages().get(i).value());
        }
    }

    @Test
    void theShopFunnelEndsInTheOrdersOfTheSiteConversionRate() {
        Funnel shop = Funnels.standard().get(1);

        assertThat(shop.stages()).extracting(MeasureCode::value).containsExactly("visits", "carts", "orders");
        assertThat(catalog.get(new KpiCode("conversion_rate")).formula()).isEqualTo("orders / visits");
        assertThat(shop.name(java.util.Locale.ENGLISH)).isEqualTo("Online shop");
    }

    @Test
    void aStepThatIsNotTheRatioOfItsStagesIsRefused() {
        assertThat(Funnels.checked(catalog, funnel("impressions", "clicks", "ctr")).steps()).hasSize(1);
        assertThatThrownBy(() -> Funnels.checked(catalog, funnel("visits", "carts", "conversion_rate")))
                .hasMessageContaining("conversion_rate must be carts / visits, not orders / visits");
        assertThatThrownBy(() -> Funnels.checked(catalog, funnel("visits", "sessions", "traffic")))
                .hasMessageContaining("sessions is not a base measure");
    }

    @Test
    void theChannelEconomicsHaveEveryFigureTheMarketerComparesAndCacStandsInOnMarketingSpend() {
        ChannelColumns economics = ChannelColumns.standard(ChannelColumns.ECONOMICS);

        assertThat(economics.columns()).extracting(ChannelColumns.Column::code).containsExactly("marketing_spend",
                "ad_spend", "clicks", "traffic", "leads", "new_customers", "revenue", "cpc", "cpa", "cac", "roas", "romi");
        assertThat(economics.columns()).filteredOn(column -> column.code().equals("cac"))
                .extracting(ChannelColumns.Column::standIn).containsExactly(Optional.of(new KpiCode("cac_marketing")));
        assertThat(catalog.get(new KpiCode("cac_marketing")).formula()).isEqualTo("marketing_spend / new_customers");
    }

    @Test
    void theSocialTableHasFollowersGrowthReachEngagementTrafficAndSales() {
        assertThat(ChannelColumns.standard(ChannelColumns.SOCIAL).columns()).extracting(ChannelColumns.Column::code)
                .containsExactly("followers", "follower_growth", "reach", "engagement_rate", "social_traffic", "social_sales");
    }

    @Test
    void theSocialChannelsAreTheVkCommunityAndTelegram() {
        assertThat(ChannelCatalog.seed().social()).extracting(Channel::code).containsExactly("smm_vk", "telegram");
        assertThat(ChannelCatalog.seed().find("vk_ads").orElseThrow().social()).isFalse();
    }

    private static Funnel funnel(String from, String to, String step) {
        return new Funnel("check", "проверка", "check", List.of(new MeasureCode(from), new MeasureCode(to)),
                List.of(new KpiCode(step)));
    }
}

package com.kpipulse.application.evaluation;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Money;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.scorecard.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** ROMI of vk_ads in the week of 2024-05-06 and the week before, campaign by campaign. */
class AChannelIsExplainedCampaignByCampaignTest {

    private final InMemoryObservationStore stored = new InMemoryObservationStore();

    private static final Reader MARKETER = new Reader("mark", Set.of(Role.MARKETER));

    private final ExplainByCampaign explain = new ExplainByCampaign(stored.valuesThatCount(), InMemory.standardCatalog(),
            InMemory.readingRights(new ArrayList<>(), InMemory.standardCatalog()),
            InMemory.coverage(Clock.systemUTC()));

    @Test
    void eachCampaignGetsItsKpiFromItsOwnMeasuresNowAndBeforeByNameWithValuesWithoutACampaignLast() {
        money("revenue", "2024-05-07", "vk_ads", "Весна", "300");
        money("marketing_spend", "2024-05-07", "vk_ads", "Весна", "100");
        money("revenue", "2024-05-09", "vk_ads", "Весна", "100");
        money("marketing_spend", "2024-05-09", "vk_ads", "Весна", "100");
        money("revenue", "2024-05-08", "vk_ads", "", "50");
        money("marketing_spend", "2024-05-08", "vk_ads", "", "100");
        money("revenue", "2024-04-30", "vk_ads", "Апрель", "100");
        money("marketing_spend", "2024-04-30", "vk_ads", "Апрель", "100");
        money("revenue", "2024-05-07", "yandex_direct", "Чужая", "900");
        money("marketing_spend", "2024-05-07", "yandex_direct", "Чужая", "100");
        money("revenue", "2024-04-01", "vk_ads", "Давняя", "900");
        money("marketing_spend", "2024-04-01", "vk_ads", "Давняя", "100");

        ExplainByCampaign.Breakdown breakdown = ((Access.Granted<ExplainByCampaign.Breakdown>)
                explain.explain(MARKETER, "romi", Grain.WEEK, LocalDate.of(2024, 5, 8), "vk_ads")).value();
        List<ExplainByCampaign.CampaignValue> rows = breakdown.campaigns();

        assertThat(rows).extracting(ExplainByCampaign.CampaignValue::campaign).containsExactly("Апрель", "Весна", "");
        assertThat(rows.get(0).value()).isInstanceOf(KpiValue.None.class);
        assertThat(rows.get(0).previous().number().orElseThrow()).isEqualByComparingTo("0");
        assertThat(rows.get(1).value().number().orElseThrow()).isEqualByComparingTo("1"); // (400 - 200) / 200
        assertThat(rows.get(2).value().number().orElseThrow()).isEqualByComparingTo("-0.5");
        assertThat(rows.get(2).hasCampaign()).isFalse();
        assertThat(breakdown.notPerCampaign()).isEmpty();
    }

    @Test
    void costsKeptPerChannelOnlyLeaveEveryCampaignWithoutAValueAndSaySo() {
        money("revenue", "2024-05-07", "vk_ads", "Весна", "300");
        money("revenue", "2024-05-08", "vk_ads", "Лето", "200");
        money("marketing_spend", "2024-05-07", "vk_ads", "", "100");

        ExplainByCampaign.Breakdown breakdown = ((Access.Granted<ExplainByCampaign.Breakdown>)
                explain.explain(MARKETER, "romi", Grain.WEEK, LocalDate.of(2024, 5, 8), "vk_ads")).value();

        assertThat(breakdown.notPerCampaign()).extracting(measure -> measure.code().value())
                .containsExactly("marketing_spend");
        assertThat(breakdown.campaigns()).extracting(ExplainByCampaign.CampaignValue::campaign)
                .containsExactly("Весна", "Лето");
        assertThat(breakdown.campaigns()).allSatisfy(row -> assertThat(row.value()).isInstanceOf(KpiValue.None.class));
    }

    @Test
    void anUnknownKpiHasNoDrillDown() {
        assertThat(explain.explain(MARKETER, "no_such_kpi", Grain.WEEK, LocalDate.of(2024, 5, 8), "vk_ads"))
                .isInstanceOf(Access.Unknown.class);
    }

    @Test
    void aReaderWhoMayNotSeeTheKpiGetsNoCampaigns() {
        money("revenue", "2024-05-07", "vk_ads", "Весна", "300");
        money("marketing_spend", "2024-05-07", "vk_ads", "Весна", "100");

        assertThat(explain.explain(new Reader("vic", Set.of(Role.VIEWER)), "profit", Grain.WEEK,
                LocalDate.of(2024, 5, 8), "vk_ads")).isInstanceOf(Access.Denied.class);
    }

    private void money(String measure, String day, String channel, String campaign, String rubles) {
        stored.holds(Observation.daily(measure, LocalDate.parse(day), Map.of("channel", channel, "campaign", campaign),
                Money.of(rubles, "RUB")));
    }
}

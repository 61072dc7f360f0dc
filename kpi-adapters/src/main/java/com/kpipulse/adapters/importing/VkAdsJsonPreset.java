package com.kpipulse.adapters.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowSink;
import com.kpipulse.domain.period.Grain;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * VK Ads (myTarget engine) daily statistics ({@code /api/v2/statistics/ad_plans/day.json}): {@code items[]}, one per
 * campaign (ad plan) with its {@code rows[]}; {@code base.shows} are impressions, {@code base.clicks} clicks,
 * {@code base.spent} spend in currency units (account currency from option {@code currency}, else the company's), {@code base.goals}
 * target actions. The campaign is the ad plan id: this endpoint sends no names.
 */
@ApplicationScoped
public class VkAdsJsonPreset implements ImportPreset {

    @Override
    public String id() {
        return "vk-ads-json";
    }

    @Override
    public String sourceSystem() {
        return "vk_ads";
    }

    @Override
    public String descriptionRu() {
        return "VK Реклама: статистика по дням из API v2 (items[].rows[], base.shows/clicks/spent/goals)";
    }

    @Override
    public String descriptionEn() {
        return "VK Ads: daily statistics from API v2 (items[].rows[], base.shows/clicks/spent/goals)";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        String currency = input.currency();
        FlexibleDate dates = new FlexibleDate(input.company().today());
        ObservationCollector collector = new ObservationCollector(sink);
        JsonArrays.stream(input.content(), "items", sink, (index, item, top) -> {
            String campaign = JsonArrays.text(item.path("id"));
            int rowIndex = 0;
            for (JsonNode day : item.path("rows")) {
                String path = "items[" + (index - 1) + "].rows[" + rowIndex++ + "]";
                JsonMetricRow row = new JsonMetricRow(index, dates);
                row.channel = Channels.VK_ADS;
                row.campaign = campaign != null ? campaign : JsonArrays.text(day.path("ad_plan_id"));
                row.dimension(row.campaign);
                row.dimension(JsonArrays.text(day.path("date")));
                row.date(day.path("date"), path + ".date", Grain.DAY);
                JsonNode base = day.path("base");
                row.value("impressions", base.path("shows"), path + ".base.shows", BigDecimal.ONE, null);
                row.value("clicks", base.path("clicks"), path + ".base.clicks", BigDecimal.ONE, null);
                row.value("target_actions", base.path("goals"), path + ".base.goals", BigDecimal.ONE, null);
                if (currency != null) {
                    row.value("ad_spend", base.path("spent"), path + ".base.spent", BigDecimal.ONE, currency);
                }
                row.finish(collector, sink);
            }
        });
        collector.finish();
    }
}

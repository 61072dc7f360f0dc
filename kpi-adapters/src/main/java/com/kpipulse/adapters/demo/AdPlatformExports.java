package com.kpipulse.adapters.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Map;

/** The ad platforms' statistics of the demo shop, in the formats their APIs deliver. */
final class AdPlatformExports {

    private static final long MICROS_PER_KOPECK = 10_000;
    private static final Map<String, String> RUB = Map.of("currency", "RUB");

    private AdPlatformExports() {
    }

    /** Yandex Direct Reports API, CUSTOM_REPORT by day and campaign, money in micros. */
    static DemoFile yandexDirect(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("yandex-direct.tsv");
        long rows = 0;
        try (DelimitedWriter tsv = DelimitedWriter.create(file, '\t')) {
            tsv.line("Campaigns by day (" + history.firstDay() + " - " + history.lastDay() + ")");
            tsv.line("Date", "CampaignId", "CampaignName", "Impressions", "Clicks", "Cost", "Conversions");
            for (CompanyDay day : history.days()) {
                for (AdCampaign campaign : AdCampaign.values()) {
                    if (campaign.channel == DemoChannel.YANDEX_DIRECT) {
                        int c = campaign.ordinal();
                        tsv.line(day.date, campaign.id, campaign.title, day.impressions[c], day.clicks[c],
                                day.adSpendKopecks[c] * MICROS_PER_KOPECK,
                                day.targetActions[c] == 0 ? "--" : day.targetActions[c]);
                        rows++;
                    }
                }
            }
            tsv.line("Total rows: " + rows);
        }
        return new DemoFile("yandex-direct.tsv", "direct-api-tsv", Map.of(), RUB, file);
    }

    /** VK Ads API v2 {@code statistics/ad_plans/day.json}: one item per ad plan with its daily rows. */
    static DemoFile vkAds(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("vk-ads.json");
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            long[] grandTotal = new long[4];
            json.writeStartObject();
            json.writeArrayFieldStart("items");
            for (AdCampaign campaign : AdCampaign.values()) {
                if (campaign.channel != DemoChannel.VK_ADS) {
                    continue;
                }
                int c = campaign.ordinal();
                long[] total = new long[4];
                json.writeStartObject();
                json.writeNumberField("id", Long.parseLong(campaign.id));
                json.writeArrayFieldStart("rows");
                for (CompanyDay day : history.days()) {
                    long[] values = {day.impressions[c], day.clicks[c], day.targetActions[c], day.adSpendKopecks[c]};
                    json.writeStartObject();
                    json.writeStringField("ad_plan_id", campaign.id);
                    json.writeStringField("date", day.date.toString());
                    writeBase(json, values);
                    json.writeEndObject();
                    for (int i = 0; i < values.length; i++) {
                        total[i] += values[i];
                        grandTotal[i] += values[i];
                    }
                }
                json.writeEndArray();
                json.writeObjectFieldStart("total");
                writeBase(json, total);
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("total");
            writeBase(json, grandTotal);
            json.writeEndObject();
            json.writeEndObject();
        }
        return new DemoFile("vk-ads.json", "vk-ads-json", Map.of(), RUB, file);
    }

    private static void writeBase(JsonGenerator json, long[] showsClicksGoalsSpent) throws IOException {
        json.writeObjectFieldStart("base");
        json.writeNumberField("shows", showsClicksGoalsSpent[0]);
        json.writeNumberField("clicks", showsClicksGoalsSpent[1]);
        json.writeNumberField("goals", showsClicksGoalsSpent[2]);
        json.writeStringField("spent", BigDecimal.valueOf(showsClicksGoalsSpent[3], 2).toPlainString());
        json.writeEndObject();
    }

    /** Google Ads API rows (GAQL {@code FROM campaign} segmented by date) saved as CSV, cost in micros. */
    static DemoFile googleAds(CompanyHistory history, Path directory) throws IOException {
        Path file = directory.resolve("google-ads.csv");
        try (DelimitedWriter csv = DelimitedWriter.create(file, ',')) {
            csv.line("segments.date", "campaign.id", "campaign.name", "customer.currency_code",
                    "metrics.impressions", "metrics.clicks", "metrics.cost_micros", "metrics.conversions");
            for (CompanyDay day : history.days()) {
                for (AdCampaign campaign : AdCampaign.values()) {
                    if (campaign.channel == DemoChannel.GOOGLE_ADS) {
                        int c = campaign.ordinal();
                        csv.line(day.date, campaign.id, campaign.title, "RUB", day.impressions[c], day.clicks[c],
                                day.adSpendKopecks[c] * MICROS_PER_KOPECK, day.targetActions[c] + ".0");
                    }
                }
            }
        }
        return new DemoFile("google-ads.csv", "google-ads-api-csv", Map.of(), Map.of(), file);
    }
}

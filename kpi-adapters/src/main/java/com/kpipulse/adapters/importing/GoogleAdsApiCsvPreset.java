package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowSink;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Google Ads API rows as CSV (a GAQL export or a connector table such as Fivetran's {@code campaign_stats}): money
 * in {@code cost_micros}, the date in {@code segments.date}/{@code date}, campaign by name or id. Rows split by
 * device or network are added up per campaign and day. The currency comes from {@code customer.currency_code} or
 * option {@code currency}.
 */
@ApplicationScoped
public class GoogleAdsApiCsvPreset implements ImportPreset {

    private static final BigDecimal MICROS = new BigDecimal("0.000001");

    static final ColumnSpec COLUMNS = new ColumnSpec()
            .required("date", "segments.date", "date", "segments_date")
            .optional("campaign", "campaign.name", "campaign_name")
            .optional("campaignId", "campaign.id", "campaign_id", "id")
            .optional("currency", "customer.currency_code", "currency_code", "customer_currency_code")
            .optional("impressions", "metrics.impressions", "impressions")
            .optional("clicks", "metrics.clicks", "clicks")
            .optional("cost", "metrics.cost_micros", "cost_micros")
            .optional("conversions", "metrics.conversions", "conversions")
            .pattern("derived", "(metrics\\.)?(ctr|average_cpc|average_cpm|conversions_value|all_conversions.*"
                    + "|view_through_conversions|interactions|interaction_event_types|active_view.*)")
            .requireAny("\"cost_micros\"", "cost");

    @Override
    public String id() {
        return "google-ads-api-csv";
    }

    @Override
    public String sourceSystem() {
        return "google_ads";
    }

    @Override
    public String descriptionRu() {
        return "Google Ads: строки API (GAQL) в CSV, расход в cost_micros";
    }

    @Override
    public String descriptionEn() {
        return "Google Ads: API (GAQL) rows as CSV, spend in cost_micros";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        MeasureTableSpec.readDelimited(input, COLUMNS, sink, table -> new MeasureTableSpec(table.header(),
                LocaleNumber.DecimalMark.POINT, input)
                .adPlatformDays(Channels.GOOGLE_ADS, MICROS)
                .campaign("campaign", "campaignId")
                .currency("currency", input.currency()));
    }
}

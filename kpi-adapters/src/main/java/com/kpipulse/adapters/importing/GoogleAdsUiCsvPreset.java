package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.ImportPreset;
import com.kpipulse.application.importing.RowSink;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * A report downloaded from the Google Ads interface: the title and date-range lines, then the table ("Campaign",
 * "Day", "Currency code", "Cost", "Impr.", "Clicks", "Conversions"…), "Total: …" rows at the bottom. Both the CSV
 * and the "Excel CSV" (UTF-16LE, tabs) downloads; numbers with thousands commas and currency signs.
 */
@ApplicationScoped
public class GoogleAdsUiCsvPreset implements ImportPreset {

    static final ColumnSpec COLUMNS = new ColumnSpec()
            .required("date", "Day", "Date")
            .optional("campaign", "Campaign")
            .optional("campaignId", "Campaign ID")
            .optional("currency", "Currency code", "Currency")
            .optional("impressions", "Impr.", "Impressions")
            .optional("clicks", "Clicks")
            .pattern("cost", "cost( ?\\(.*\\))?")
            .optional("conversions", "Conversions")
            .pattern("derived", "(avg\\.|ctr|conv\\.|cost ?/|interaction|invalid|search |view-through|all conv|budget"
                    + "|optimization score).*")
            .requireAny("\"Cost\" / \"Impr.\" / \"Clicks\"", "cost", "impressions", "clicks");

    @Override
    public String id() {
        return "google-ads-ui-csv";
    }

    @Override
    public String sourceSystem() {
        return "google_ads";
    }

    @Override
    public String descriptionRu() {
        return "Google Ads: отчёт, скачанный из интерфейса (CSV или «Excel CSV» в UTF-16)";
    }

    @Override
    public String descriptionEn() {
        return "Google Ads: report downloaded from the interface (CSV or \"Excel CSV\" in UTF-16)";
    }

    @Override
    public void read(ImportInput input, RowSink sink) throws IOException {
        MeasureTableSpec.readDelimited(input, COLUMNS, sink, table -> new MeasureTableSpec(table.header(),
                LocaleNumber.DecimalMark.POINT, input)
                .adPlatformDays(Channels.GOOGLE_ADS, BigDecimal.ONE)
                .campaign("campaign", "campaignId")
                .currency("currency", Currencies.fromHeader(table.header().name("cost")).orElse(input.currency())));
    }
}

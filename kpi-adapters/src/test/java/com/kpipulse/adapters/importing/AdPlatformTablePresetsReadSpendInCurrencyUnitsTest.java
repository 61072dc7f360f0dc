package com.kpipulse.adapters.importing;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AdPlatformTablePresetsReadSpendInCurrencyUnitsTest {

    @Test
    void directApiCostInMicrosBecomesRoublesAndTheSummaryLineIsDropped() {
        RecordingSink sink = Presets.read(new DirectApiTsvPreset(), "direct-api-tsv/campaign-stats.tsv", Map.of(),
                Map.of("currency", "RUB"));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(11);
        assertThat(sink.row("ad_spend", "2024-06-01", "Бренд | Поиск")).isEqualTo(new ObservationRow(3, "ad_spend",
                LocalDate.of(2024, 6, 1), Grain.DAY, "yandex_direct", "Бренд | Поиск", null,
                new BigDecimal("1500.5"), "RUB"));
        assertThat(sink.row("ad_spend", "2024-06-01", "РСЯ ретаргетинг").value()).isEqualByComparingTo("820");
        assertThat(sink.row("target_actions", "2024-06-02", "Бренд | Поиск").value()).isEqualByComparingTo("2");
        assertThat(sink.rows("target_actions")).extracting(ObservationRow::campaign)
                .doesNotContain("РСЯ ретаргетинг");
    }

    @Test
    void directApiCostIsTakenAsIsWhenTheReportWasAskedWithoutMicros() {
        RecordingSink sink = Presets.readText(new DirectApiTsvPreset(), """
                Date\tCampaignName\tCost
                2024-06-01\tБренд\t1500.50
                Total rows: 1
                """, Map.of(), Map.of("currency", "RUB", "moneyInMicros", "false"));

        assertThat(sink.rows).extracting(ObservationRow::value).containsExactly(new BigDecimal("1500.5"));
    }

    @Test
    void directApiCostWithoutAnAccountCurrencyIsInTheCompanysCurrency() {
        RecordingSink sink = Presets.read(new DirectApiTsvPreset(), "direct-api-tsv/campaign-stats.tsv", Map.of(),
                Map.of(), new com.kpipulse.application.importing.ImportInput.Company(java.time.LocalDate.of(2026, 1, 14),
                        "BYN", java.time.ZoneId.of("Europe/Minsk")));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows("ad_spend")).extracting(ObservationRow::currency).containsOnly("BYN").isNotEmpty();
        assertThat(sink.rows("clicks")).hasSize(3);
    }

    @Test
    void googleAdsApiRowsFromTheFivetranSampleAreReadWithCostMicros() {
        RecordingSink sink = Presets.read(new GoogleAdsApiCsvPreset(), "google-ads-api-csv/campaign_stats_data.csv",
                Map.of(), Map.of("currency", "USD"));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(64);
        assertThat(sink.row("ad_spend", "2021-02-01", "9935249409")).isEqualTo(new ObservationRow(2, "ad_spend",
                LocalDate.of(2021, 2, 1), Grain.DAY, "google_ads", "9935249409", null, new BigDecimal("36.15"),
                "USD"));
        assertThat(sink.row("impressions", "2021-01-24", null).value()).isEqualByComparingTo("191");
        assertThat(sink.row("clicks", "2021-02-26", null).value()).isEqualByComparingTo("3");
        assertThat(sink.row("ad_spend", "2021-02-24", null).value()).isEqualByComparingTo("0");
    }

    @Test
    void googleAdsApiRowsSplitByDeviceAreAddedUpPerCampaignAndDay() {
        RecordingSink sink = Presets.readText(new GoogleAdsApiCsvPreset(), """
                segments.date,campaign.name,segments.device,metrics.clicks,metrics.cost_micros,customer.currency_code
                2024-06-01,Brand,MOBILE,10,1500000,EUR
                2024-06-01,Brand,DESKTOP,5,2250000,EUR
                """);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.row("ad_spend", "2024-06-01", "Brand")).isEqualTo(new ObservationRow(2, "ad_spend",
                LocalDate.of(2024, 6, 1), Grain.DAY, "google_ads", "Brand", null, new BigDecimal("3.75"), "EUR"));
        assertThat(sink.row("clicks", "2024-06-01", "Brand").value()).isEqualByComparingTo("15");
    }

    @Test
    void googleAdsInterfaceCsvWithThousandsCommasCurrencySignsAndTotals() {
        RecordingSink sink = Presets.read(new GoogleAdsUiCsvPreset(), "google-ads-ui-csv/campaign-report.csv");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(12);
        assertThat(sink.row("ad_spend", "2025-11-02", "Brand")).isEqualTo(new ObservationRow(5, "ad_spend",
                LocalDate.of(2025, 11, 2), Grain.DAY, "google_ads", "Brand", null, new BigDecimal("1020"), "USD"));
        assertThat(sink.row("impressions", "2025-11-01", "Brand").value()).isEqualByComparingTo("1234");
        assertThat(sink.row("target_actions", "2025-11-02", "Brand").value()).isEqualByComparingTo("12.5");
    }

    @Test
    void googleAdsExcelCsvInUtf16WithTabsReadsTheSame() {
        String csv = new String(Presets.resourceBytes("google-ads-ui-csv/campaign-report.csv"),
                StandardCharsets.UTF_8);
        String tabbed = csv.replace("\"Sat, Nov 1, 2025\"", "2025-11-01").replace("\"Sun, Nov 2, 2025\"", "2025-11-02")
                .replaceAll(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", "\t").replace("\"", "").replace("\n", "\r\n");
        byte[] utf16 = Presets.withBom(new byte[]{(byte) 0xFF, (byte) 0xFE},
                tabbed.getBytes(StandardCharsets.UTF_16LE));

        RecordingSink sink = Presets.readBytes(new GoogleAdsUiCsvPreset(), utf16, Map.of(), Map.of());

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(12);
        assertThat(sink.row("ad_spend", "2025-11-01", "Brand").value()).isEqualByComparingTo("174.59");
        assertThat(sink.row("impressions", "2025-11-02", "Brand").value()).isEqualByComparingTo("10500");
    }
}

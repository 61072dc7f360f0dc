package com.kpipulse.application.importing;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PresetGuessRecognisesCommonExportsTest {

    private static final List<String> ALL = List.of("generic", "direct-ui-csv", "direct-api-tsv", "metrica-logs-tsv",
            "metrica-report-json", "ga4-json", "ga4-csv", "google-ads-api-csv", "hubspot-deals-csv", "amocrm-leads-json");

    private static String guess(String name, String head) {
        return PresetGuess.of(name, head.getBytes(StandardCharsets.UTF_8), ALL);
    }

    @Test
    void aGa4ApiResponseIsRecognisedByItsHeaders() {
        assertThat(guess("report.json", "{\"dimensionHeaders\":[{\"name\":\"date\"}],\"rows\":[]}")).isEqualTo("ga4-json");
    }

    @Test
    void aMetricaLogsExportIsRecognisedByItsFieldNames() {
        assertThat(guess("visits.tsv", "ym:s:visitID\tym:s:date\n1\t2026-01-01\n")).isEqualTo("metrica-logs-tsv");
    }

    @Test
    void aGa4InterfaceDownloadIsRecognisedByItsCommentBlock() {
        assertThat(guess("ga.csv", "# ----\n# Start date: 20260101\n# End date: 20260131\n")).isEqualTo("ga4-csv");
    }

    @Test
    void aDirectInterfaceReportIsRecognisedByItsRussianMoneyHeader() {
        assertThat(guess("stat.csv", "Дата;Кампания;Расход (руб.);Клики\n")).isEqualTo("direct-ui-csv");
    }

    @Test
    void aPlainTableFallsBackToTheGenericPreset() {
        assertThat(guess("ads.csv", "date,channel,ad_spend\n2026-01-05,vk_ads,100\n")).isEqualTo("generic");
    }

    @Test
    void aPresetThatIsNotInstalledIsNeverGuessed() {
        assertThat(PresetGuess.of("visits.tsv", "ym:s:visitID\n".getBytes(StandardCharsets.UTF_8), List.of("generic")))
                .isEqualTo("generic");
    }
}

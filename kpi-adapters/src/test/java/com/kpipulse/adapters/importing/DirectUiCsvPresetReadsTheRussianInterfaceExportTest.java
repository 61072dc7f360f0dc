package com.kpipulse.adapters.importing;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DirectUiCsvPresetReadsTheRussianInterfaceExportTest {

    private final DirectUiCsvPreset preset = new DirectUiCsvPreset();

    @Test
    void readsEveryMeasureOfAWindows1251ExportAndDropsTheTotalsRow() {
        RecordingSink sink = Presets.read(preset, "direct-ui-csv/campaigns-cp1251.csv");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(19);
        assertThat(sink.row("ad_spend", "2024-06-01", "Бренд | Поиск")).isEqualTo(new ObservationRow(6, "ad_spend",
                LocalDate.of(2024, 6, 1), Grain.DAY, "yandex_direct", "Бренд | Поиск", null, new BigDecimal("1500.5"),
                "RUB"));
        assertThat(sink.row("impressions", "2024-06-01", "РСЯ — ретаргетинг").value()).isEqualByComparingTo("12500");
        assertThat(sink.row("impressions", "2024-06-01", "Бренд | Поиск").value()).isEqualByComparingTo("1234");
        assertThat(sink.row("clicks", "2024-06-02", "Бренд | Поиск").value()).isEqualByComparingTo("50");
        assertThat(sink.row("target_actions", "2024-06-02", "Бренд | Поиск").value()).isEqualByComparingTo("2");
        assertThat(sink.row("impressions", "2024-06-01", "Бренд | Поиск").currency()).isNull();
    }

    @Test
    void aDashMeansNoDataSoNoConversionsAreImportedForThatRow() {
        RecordingSink sink = Presets.read(preset, "direct-ui-csv/campaigns-cp1251.csv");

        assertThat(sink.rows("target_actions")).extracting(ObservationRow::campaign)
                .doesNotContain("РСЯ — ретаргетинг");
    }

    @Test
    void keepsCampaignNamesWithDelimitersAndFormulasAsPlainText() {
        RecordingSink sink = Presets.read(preset, "direct-ui-csv/campaigns-cp1251.csv");

        assertThat(sink.rows("clicks")).extracting(ObservationRow::campaign)
                .contains("Акция; лето", "=HYPERLINK(\"http://x\",\"y\")");
    }

    @Test
    void readsTheSameExportSavedAsUtf8WithByteOrderMark() {
        String text = new String(Presets.resourceBytes("direct-ui-csv/campaigns-cp1251.csv"),
                TextSniffer.WINDOWS_1251);
        byte[] utf8 = Presets.withBom(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8));

        RecordingSink sink = Presets.readBytes(preset, utf8, Map.of(), Map.of());

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(19);
        assertThat(sink.row("ad_spend", "2024-06-02", "Бренд | Поиск").value()).isEqualByComparingTo("1320.10");
    }

    @Test
    void takesTheCurrencyFromTheOptionsWhenTheHeaderHasNone() {
        RecordingSink sink = Presets.readText(preset, """
                Дата;Кампания;Показы;Клики;Расход
                01.06.2024;Бренд;100;10;99,90
                """, Map.of(), Map.of("currency", "KZT"));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.row("ad_spend", "2024-06-01", "Бренд").currency()).isEqualTo("KZT");
    }

    @Test
    void sumsRowsThatDifferOnlyInTheAdGroup() {
        RecordingSink sink = Presets.readText(preset, """
                Дата;Кампания;Группа;Показы;Клики;Расход (руб.)
                01.06.2024;Бренд;Группа 1;100;10;99,90
                01.06.2024;Бренд;Группа 2;50;5;0,10
                """);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.row("ad_spend", "2024-06-01", "Бренд").value()).isEqualByComparingTo("100");
        assertThat(sink.row("clicks", "2024-06-01", "Бренд").line()).isEqualTo(2);
    }
}

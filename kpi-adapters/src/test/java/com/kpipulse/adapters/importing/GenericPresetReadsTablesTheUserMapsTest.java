package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Grain;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GenericPresetReadsTablesTheUserMapsTest {

    private final GenericPreset preset = new GenericPreset();

    private static final Map<String, String> MAPPING = Map.of(
            "Дата", "date", "Канал", "channel", "Кампания", "campaign", "Визиты", "visits", "Расход", "ad_spend",
            "Лиды", "leads", "Комментарий", "");

    @Test
    void mapsColumnsToMeasuresAndSumsDaysIntoTheChosenGrain() {
        RecordingSink sink = Presets.read(preset, "generic/channel-costs.csv", MAPPING,
                Map.of("currency", "RUB", "grain", "month"));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(5);
        assertThat(sink.row("ad_spend", "2024-06-01", "Бренд")).isEqualTo(new ObservationRow(2, "ad_spend",
                LocalDate.of(2024, 6, 1), Grain.MONTH, "yandex_direct", "Бренд", null, new BigDecimal("25000"),
                "RUB"));
        assertThat(sink.row("visits", "2024-06-01", "Бренд").value()).isEqualByComparingTo("2000");
        assertThat(sink.row("leads", "2024-06-01", "Бренд").value()).isEqualByComparingTo("20");
        assertThat(sink.row("visits", "2024-07-01", "Лето").channel()).isEqualTo("vk_ads");
        assertThat(sink.rows("leads")).hasSize(1);
    }

    @Test
    void infersTheMappingFromHeadersThatSpellMeasureCodes() {
        RecordingSink sink = Presets.readText(preset, """
                date,source,visits,ad_spend,currency,note
                2024-06-01,google / cpc,120,"1,234.50",usd,x
                2024-06-02,google / cpc,80,99.5,USD,y
                """);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(4);
        assertThat(sink.row("ad_spend", "2024-06-01", null)).isEqualTo(new ObservationRow(2, "ad_spend",
                LocalDate.of(2024, 6, 1), Grain.DAY, null, null, "google / cpc", new BigDecimal("1234.5"), "USD"));
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbookBelowItsTitle() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(bytes, "KPI Pulse test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Продажи");
        sheet.value(0, 0, "Продажи по неделям");
        sheet.value(2, 0, "date");
        sheet.value(2, 1, "campaign");
        sheet.value(2, 2, "orders");
        sheet.value(2, 3, "revenue");
        sheet.value(3, 0, LocalDate.of(2024, 6, 3));
        sheet.style(3, 0).format("dd.mm.yyyy").set();
        sheet.value(3, 1, "Лето");
        sheet.value(3, 2, 14);
        sheet.value(3, 3, 52300.75);
        sheet.value(4, 0, "2024-06-10");
        sheet.value(4, 1, "Лето");
        sheet.value(4, 2, 9);
        sheet.value(4, 3, "31 000,25");
        sheet.value(5, 0, "Итого");
        sheet.value(5, 2, 23);
        workbook.finish();

        RecordingSink sink = Presets.read(preset, new ImportInput("sales.xlsx",
                new ByteArrayInputStream(bytes.toByteArray()), Map.of(), Map.of("currency", "RUB", "grain", "week"), Presets.COMPANY));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(4);
        assertThat(sink.row("revenue", "2024-06-03", "Лето")).isEqualTo(new ObservationRow(4, "revenue",
                LocalDate.of(2024, 6, 3), Grain.WEEK, null, "Лето", null, new BigDecimal("52300.75"), "RUB"));
        assertThat(sink.row("revenue", "2024-06-10", "Лето").value()).isEqualByComparingTo("31000.25");
        assertThat(sink.row("orders", "2024-06-10", "Лето").line()).isEqualTo(5);
    }
}

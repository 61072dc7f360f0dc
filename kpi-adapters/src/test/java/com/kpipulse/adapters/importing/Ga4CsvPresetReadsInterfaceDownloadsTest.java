package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class Ga4CsvPresetReadsInterfaceDownloadsTest {

    private final Ga4CsvPreset preset = new Ga4CsvPreset();

    @Test
    void takesTheMonthFromTheCommentBlockAndDropsTheTotalsRow() {
        RecordingSink sink = Presets.read(preset, "ga4-csv/traffic-acquisition-june.csv", Map.of(),
                Map.of("currency", "EUR"));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(15);
        assertThat(sink.rows("visits")).extracting(ObservationRow::source, r -> r.value().intValue()).containsExactly(
                tuple("Organic Search", 1890), tuple("Paid Search", 1240), tuple("Direct", 720),
                tuple("(other)", 12));
        assertThat(sink.rows("revenue").get(1)).isEqualTo(new ObservationRow(13, "revenue", LocalDate.of(2024, 6, 1),
                Grain.MONTH, null, null, "Paid Search", new BigDecimal("2980"), "EUR"));
        assertThat(sink.rows("target_actions")).extracting(ObservationRow::source)
                .containsExactly("Organic Search", "Paid Search", "(other)");
    }

    @Test
    void withoutACurrencyInTheFileOrTheOptionsRevenueIsInTheCompanysCurrency() {
        RecordingSink sink = Presets.read(preset, "ga4-csv/traffic-acquisition-june.csv", Map.of(), Map.of(),
                new ImportInput.Company(LocalDate.of(2026, 1, 14), "KZT", ZoneId.of("Asia/Almaty")));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows("revenue")).extracting(ObservationRow::currency).containsOnly("KZT").hasSize(4);
        assertThat(sink.rows("visits")).hasSize(4);
    }

    @Test
    void readsDailyRowsFromAnExplorationWithItsGrandTotal() {
        RecordingSink sink = Presets.read(preset, "ga4-csv/explore-daily.csv");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).extracting(ObservationRow::measure, ObservationRow::periodStart, ObservationRow::source,
                r -> r.value().intValue()).containsExactly(
                tuple("visits", LocalDate.of(2024, 6, 1), "google / cpc", 100),
                tuple("target_actions", LocalDate.of(2024, 6, 1), "google / cpc", 3),
                tuple("visits", LocalDate.of(2024, 6, 1), "yandex / organic", 50),
                tuple("target_actions", LocalDate.of(2024, 6, 1), "yandex / organic", 1),
                tuple("visits", LocalDate.of(2024, 6, 2), "google / cpc", 90),
                tuple("target_actions", LocalDate.of(2024, 6, 2), "google / cpc", 2));
    }

    @Test
    void refusesAnAggregateOverARangeThatIsNotOnePeriod() {
        RecordingSink sink = Presets.readText(preset, """
                # Start date: 20240601
                # End date: 20240617

                Session default channel group,Sessions
                Direct,10
                """);

        assertThat(sink.rows).isEmpty();
        assertThat(sink.problems).singleElement()
                .satisfies(p -> assertThat(p.message().english()).contains("2024-06-01 to 2024-06-17"));
    }
}

package com.kpipulse.adapters.importing;

import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class MetricaReportCsvPresetReadsTranslatedReportsTest {

    private final MetricaReportCsvPreset preset = new MetricaReportCsvPreset();

    @Test
    void readsARussianReportWithoutItsTotalsRowAndKeepsTheRawTrafficSource() {
        RecordingSink sink = Presets.read(preset, "metrica-report-csv/traffic-sources-ru.csv");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(16);
        assertThat(sink.rows("visits")).extracting(ObservationRow::source).containsExactly(
                "Переходы из поисковых систем", "Переходы по рекламе / yandex", "Прямые заходы",
                "Переходы по ссылкам на сайтах, блоги");
        assertThat(sink.rows("visits").get(0)).isEqualTo(new ObservationRow(3, "visits", LocalDate.of(2024, 6, 1),
                Grain.DAY, null, null, "Переходы из поисковых систем", new BigDecimal("120"), null));
        assertThat(sink.rows("visits")).extracting(ObservationRow::value)
                .map(BigDecimal::intValue).containsExactly(120, 80, 60, 14);
    }

    @Test
    void turnsTheAverageVisitDurationIntoTotalSessionSeconds() {
        RecordingSink sink = Presets.read(preset, "metrica-report-csv/traffic-sources-ru.csv");

        assertThat(sink.rows("session_seconds")).extracting(r -> r.value().intValue())
                .containsExactly(7500, 3280, 4200, 194);
    }

    @Test
    void importsUsersAsUniqueVisitorsAndGoalCompletionsAsTargetActions() {
        RecordingSink sink = Presets.read(preset, "metrica-report-csv/traffic-sources-ru.csv");

        assertThat(sink.rows("unique_visitors")).extracting(r -> r.value().intValue())
                .containsExactly(110, 75, 58, 14);
        assertThat(sink.rows("target_actions")).extracting(r -> r.value().intValue())
                .containsExactly(4, 6, 1, 0);
        assertThat(sink.rows).extracting(ObservationRow::measure).doesNotContain("bounce_rate");
    }

    @Test
    void readsAnEnglishReport() {
        RecordingSink sink = Presets.read(preset, "metrica-report-csv/traffic-sources-en.csv");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).extracting(ObservationRow::measure, r -> r.value().intValue(), ObservationRow::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("visits", 150, "Search engine traffic"),
                        org.assertj.core.groups.Tuple.tuple("unique_visitors", 140, "Search engine traffic"),
                        org.assertj.core.groups.Tuple.tuple("session_seconds", 9000, "Search engine traffic"),
                        org.assertj.core.groups.Tuple.tuple("visits", 50, "Direct traffic"),
                        org.assertj.core.groups.Tuple.tuple("unique_visitors", 50, "Direct traffic"),
                        org.assertj.core.groups.Tuple.tuple("session_seconds", 3000, "Direct traffic"));
    }

    @Test
    void readsMonthlyRowsAsMonths() {
        RecordingSink sink = Presets.readText(preset, """
                Месяц визита,Визиты
                2024-05-01,3100
                2024-06-01,2900
                """);

        assertThat(sink.rows).extracting(ObservationRow::grain, ObservationRow::periodStart)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Grain.MONTH, LocalDate.of(2024, 5, 1)),
                        org.assertj.core.groups.Tuple.tuple(Grain.MONTH, LocalDate.of(2024, 6, 1)));
        assertThat(sink.problems).isEmpty();
    }
}

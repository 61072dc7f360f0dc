package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ApiReportJsonPresetsReadRowsByPositionTest {

    @Test
    void metricaReportMetricsAreReadInTheOrderOfTheQueryAndRatiosAreLeftOut() {
        RecordingSink sink = Presets.read(new MetricaReportJsonPreset(), "metrica-report-json/traffic-by-day.json");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(12);
        assertThat(sink.rows.get(0)).isEqualTo(new ObservationRow(1, "visits", LocalDate.of(2024, 6, 1), Grain.DAY,
                null, "brand", "ad", new BigDecimal("41"), null));
        assertThat(sink.rows).extracting(ObservationRow::measure, ObservationRow::source, r -> r.value().intValue())
                .contains(tuple("unique_visitors", "organic", 110), tuple("target_actions", "direct", 1),
                        tuple("session_seconds", "ad", 569), tuple("session_seconds", "direct", 4200));
    }

    @Test
    void ga4RunReportRevenueTakesTheCurrencyThatFollowsTheRows() {
        RecordingSink sink = Presets.read(new Ga4JsonPreset(), "ga4-json/run-report.json");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).extracting(ObservationRow::measure, ObservationRow::periodStart, ObservationRow::source,
                ObservationRow::value, ObservationRow::currency).containsExactly(
                tuple("visits", LocalDate.of(2024, 6, 14), "Organic Search", new BigDecimal("266"), null),
                tuple("unique_visitors", LocalDate.of(2024, 6, 14), "Organic Search", new BigDecimal("240"), null),
                tuple("target_actions", LocalDate.of(2024, 6, 14), "Organic Search", new BigDecimal("12"), null),
                tuple("visits", LocalDate.of(2024, 6, 14), null, new BigDecimal("3"), null),
                tuple("unique_visitors", LocalDate.of(2024, 6, 14), null, new BigDecimal("3"), null),
                tuple("target_actions", LocalDate.of(2024, 6, 14), null, new BigDecimal("0"), null),
                tuple("visits", LocalDate.of(2024, 6, 15), "Paid Search", new BigDecimal("100"), null),
                tuple("unique_visitors", LocalDate.of(2024, 6, 15), "Paid Search", new BigDecimal("95"), null),
                tuple("target_actions", LocalDate.of(2024, 6, 15), "Paid Search", new BigDecimal("7"), null),
                tuple("revenue", LocalDate.of(2024, 6, 14), "Organic Search", new BigDecimal("1234.5"), "EUR"),
                tuple("revenue", LocalDate.of(2024, 6, 14), null, new BigDecimal("0"), "EUR"),
                tuple("revenue", LocalDate.of(2024, 6, 15), "Paid Search", new BigDecimal("980"), "EUR"));
    }

    @Test
    void ga4TextInAMetricValueIsNamedByItsJsonPathOnce() {
        RecordingSink sink = Presets.readText(new Ga4JsonPreset(), """
                {"dimensionHeaders":[{"name":"date"}],"metricHeaders":[{"name":"sessions"},{"name":"totalRevenue"}],
                 "rows":[{"dimensionValues":[{"value":"20241301"}],"metricValues":[{"value":"12"},{"value":"1,5x"}]}],
                 "metadata":{"currencyCode":"USD"}}
                """);

        assertThat(sink.problems).extracting(RowProblem::line, RowProblem::column).containsExactly(
                tuple(1L, "rows[0].dimensionValues[0]"), tuple(1L, "rows[0].metricValues[1]"));
        assertThat(sink.rows).isEmpty();
    }

    @Test
    void vkAdsDailyRowsGiveImpressionsClicksSpendAndGoalsPerAdPlan() {
        RecordingSink sink = Presets.read(new VkAdsJsonPreset(), "vk-ads-json/ad-plans-day.json", Map.of(),
                Map.of("currency", "RUB"));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).hasSize(12);
        assertThat(sink.row("ad_spend", "2024-02-26", "12345")).isEqualTo(new ObservationRow(1, "ad_spend",
                LocalDate.of(2024, 2, 26), Grain.DAY, "vk_ads", "12345", null, new BigDecimal("500"), "RUB"));
        assertThat(sink.row("impressions", "2024-02-26", "12346").value()).isEqualByComparingTo("1000");
        assertThat(sink.row("target_actions", "2024-02-26", "12345").value()).isEqualByComparingTo("2");
    }

    @Test
    void vkAdsNegativeShowsAreImpossible() {
        RecordingSink sink = Presets.readText(new VkAdsJsonPreset(), """
                {"items":[{"id":1,"rows":[{"date":"2024-02-26","base":{"shows":-3,"clicks":1,"goals":0,"spent":1}}]}]}
                """, Map.of(), Map.of("currency", "RUB"));

        assertThat(sink.said()).containsExactly(RecordingSink.said(1, "items[0].rows[0].base.shows",
                "negative value -3 is impossible for Ad impressions: expected zero or more"));
    }
}

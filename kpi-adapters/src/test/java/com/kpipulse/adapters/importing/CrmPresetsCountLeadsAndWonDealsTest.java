package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.domain.period.Grain;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CrmPresetsCountLeadsAndWonDealsTest {

    @Test
    void amoCrmLeadsCountOnTheirCreationDayInMoscowAndWonOnesOnTheirClosingDay() {
        RecordingSink sink = Presets.read(new AmoCrmLeadsJsonPreset(), "amocrm-leads-json/leads-page-1.json",
                Map.of(), Map.of("currency", "RUB"));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).extracting(ObservationRow::measure, ObservationRow::periodStart, ObservationRow::source,
                r -> r.value().intValue()).containsExactly(
                tuple("leads", LocalDate.of(2024, 6, 1), "yandex / cpc", 2),
                tuple("converted_leads", LocalDate.of(2024, 6, 3), "yandex / cpc", 1),
                tuple("orders", LocalDate.of(2024, 6, 3), "yandex / cpc", 1),
                tuple("revenue", LocalDate.of(2024, 6, 3), "yandex / cpc", 2000),
                tuple("leads", LocalDate.of(2024, 6, 2), null, 1));
        assertThat(sink.rows("revenue").get(0)).isEqualTo(new ObservationRow(2, "revenue", LocalDate.of(2024, 6, 3),
                Grain.DAY, null, "brand", "yandex / cpc", new BigDecimal("2000"), "RUB"));
    }

    @Test
    void amoCrmWithoutAnAccountCurrencyTakesTheCompanysCurrencyAndTimeZone() {
        ImportInput.Company almaty = new ImportInput.Company(LocalDate.of(2026, 1, 14), "KZT", ZoneId.of("Asia/Almaty"));

        RecordingSink sink = Presets.read(new AmoCrmLeadsJsonPreset(), "amocrm-leads-json/leads-page-1.json", Map.of(),
                Map.of(), almaty);

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows("revenue")).extracting(ObservationRow::currency).containsExactly("KZT");
        assertThat(sink.rows("orders")).hasSize(1);
        assertThat(sink.rows("leads")).extracting(ObservationRow::periodStart)
                .as("1717232400 is 2024-06-01 12:00 in Moscow and 15:00 in Almaty: the same day")
                .contains(LocalDate.of(2024, 6, 1));
    }

    @Test
    void aTimestampFallsOnTheDayItIsInTheCompanysTimeZone() {
        RecordingSink moscow = Presets.read(new AmoCrmLeadsJsonPreset(), "amocrm-leads-json/leads-page-1.json");
        RecordingSink honolulu = Presets.read(new AmoCrmLeadsJsonPreset(), "amocrm-leads-json/leads-page-1.json",
                Map.of(), Map.of(), new ImportInput.Company(LocalDate.of(2026, 1, 14), "RUB", ZoneId.of("Pacific/Honolulu")));

        assertThat(moscow.rows("leads")).extracting(ObservationRow::periodStart).contains(LocalDate.of(2024, 6, 1));
        assertThat(honolulu.rows("leads")).extracting(ObservationRow::periodStart)
                .as("1717232400 is 2024-05-31 23:00 in Honolulu").contains(LocalDate.of(2024, 5, 31));
    }

    @Test
    void bitrix24WonDealsBringRevenueInTheirOwnCurrencyAndNewCustomers() {
        RecordingSink sink = Presets.read(new Bitrix24DealsJsonPreset(), "bitrix24-deals-json/crm-deal-list.json");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.row("leads", "2024-06-02", "summer").value()).isEqualByComparingTo("2");
        assertThat(sink.row("leads", "2024-06-03", null).value()).isEqualByComparingTo("2");
        assertThat(sink.rows("revenue")).extracting(ObservationRow::currency, ObservationRow::value,
                ObservationRow::source).containsExactly(tuple("RUB", new BigDecimal("19999.99"), "vk / cpc"),
                tuple("USD", new BigDecimal("1000"), null));
        assertThat(sink.rows("new_customers")).singleElement()
                .satisfies(r -> assertThat(r.periodStart()).isEqualTo(LocalDate.of(2024, 6, 5)));
        assertThat(sink.rows("orders")).extracting(r -> r.value().intValue()).containsExactly(1, 1);
    }

    @Test
    void hubSpotInterfaceExportCountsWonDealsByStage() {
        RecordingSink sink = Presets.read(new HubSpotDealsCsvPreset(), "hubspot-deals-csv/deals-export.csv");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows("leads")).extracting(ObservationRow::periodStart, ObservationRow::source,
                r -> r.value().intValue()).containsExactly(
                tuple(LocalDate.of(2024, 6, 1), "Paid Search", 1), tuple(LocalDate.of(2024, 6, 1), "Organic Search", 1),
                tuple(LocalDate.of(2024, 6, 2), "Paid Search", 1), tuple(LocalDate.of(2024, 6, 3), "Paid Search", 1));
        assertThat(sink.rows("revenue")).singleElement().isEqualTo(new ObservationRow(2, "revenue",
                LocalDate.of(2024, 6, 20), Grain.DAY, null, null, "Paid Search", new BigDecimal("25500.5"), "USD"));
        assertThat(sink.row("converted_leads", "2024-06-20", null).value()).isEqualByComparingTo("2");
    }

    @Test
    void hubSpotFivetranSampleGivesLeadsPerCreationDay() {
        RecordingSink sink = Presets.read(new HubSpotDealsCsvPreset(), "hubspot-deals-csv/deal_data.csv");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).extracting(ObservationRow::measure).containsOnly("leads");
        assertThat(sink.rows.stream().mapToInt(r -> r.value().intValue()).sum()).isEqualTo(44);
        assertThat(sink.row("leads", "2019-12-04", null).line()).isEqualTo(2);
    }

    @Test
    void aRepeatedDealIdIsADuplicate() {
        RecordingSink sink = Presets.readText(new HubSpotDealsCsvPreset(), """
                Record ID,Create Date,Deal Stage
                1,2024-06-01,appointmentscheduled
                1,2024-06-02,appointmentscheduled
                """);

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message().english()).startsWith("conflicting duplicate: line 2");
        });
    }

    @Test
    void aBitrix24DealRepeatedWholeIsADuplicateAndRepeatedChangedAConflict() {
        String deal = "{\"ID\":\"1\",\"DATE_CREATE\":\"2024-06-01T10:00:00+03:00\",\"STAGE_SEMANTIC_ID\":\"P\","
                + "\"UF\":[[1],2]}";
        String changed = deal.replace("[[1],2]", "[[1,2]]");

        RecordingSink repeated = Presets.readText(new Bitrix24DealsJsonPreset(), "{\"result\":[" + deal + "," + deal + "]}");
        RecordingSink conflicting = Presets.readText(new Bitrix24DealsJsonPreset(),
                "{\"result\":[" + deal + "," + changed + "]}");

        assertThat(repeated.problems).singleElement()
                .satisfies(p -> assertThat(p.message().english()).startsWith("duplicate").contains("line 1"));
        assertThat(conflicting.problems).singleElement()
                .satisfies(p -> assertThat(p.message().english()).startsWith("conflicting duplicate: line 1"));
    }

    @Test
    void aJsonSyntaxErrorIsReportedWithItsPosition() {
        RecordingSink sink = Presets.readText(new Bitrix24DealsJsonPreset(), """
                {"result":[
                  {"ID":"1","DATE_CREATE":"2024-06-01T10:00:00+03:00","STAGE_SEMANTIC_ID":"P"},
                  {"ID":"2","DATE_CREATE":"2024-06-01T11:00:00+03:00" "STAGE_SEMANTIC_ID":"P"}
                ]}
                """);

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message().english()).startsWith("JSON syntax error at line 3, column 55");
        });
    }

    @Test
    void aJsonDocumentWithoutTheExpectedArrayIsRefused() {
        RecordingSink sink = Presets.readText(new AmoCrmLeadsJsonPreset(), "{\"_page\":1,\"_embedded\":{}}");

        assertThat(sink.problems).extracting(RowProblem::column, problem -> problem.message().english()).contains(
                tuple("_embedded.leads", "no \"_embedded.leads\" array in the document: expected the response of "
                        + "the API this preset reads"));
    }

    @Test
    void badValuesOfADealAreNamedByTheirJsonPath() {
        RecordingSink sink = Presets.readText(new Bitrix24DealsJsonPreset(), """
                {"result":[
                  {"ID":"1","DATE_CREATE":"01/06/2024","STAGE_SEMANTIC_ID":"X","OPPORTUNITY":"-5"}
                ]}
                """);

        assertThat(sink.problems).extracting(RowProblem::line, RowProblem::column).containsExactly(
                tuple(1L, "result[0].DATE_CREATE"), tuple(1L, "result[0].STAGE_SEMANTIC_ID"),
                tuple(1L, "result[0].OPPORTUNITY"));
        assertThat(sink.rows).isEmpty();
    }
}

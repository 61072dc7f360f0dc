package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.measure.ObservationRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The amoCRM preset reads leads token by token ({@link StreamedLead}) instead of as trees: what it makes of a lead,
 * and what it says of a repeated or odd one, is what the tree gave.
 */
class AmoCrmLeadsAreReadFromTheTokenStreamAsTheTreeReadThemTest {

    private static final String LEAD = """
            {"id":7,"name":"Заказ 7","price":2000,"status_id":142,"pipeline_id":1,
             "created_at":1717232400,"closed_at":1717405200,"extra":{"nested":[1,{"a":[true,null]}]},
             "custom_fields_values":[
               {"field_code":"UTM_SOURCE","values":[{"value":"yandex"}]},
               {"field_code":null,"field_name":"utm_medium","values":[{"value":"cpc"},{"value":"other"}]},
               {"field_code":"UTM_CAMPAIGN","field_type":"tracking_data","values":[{"enum":1,"value":"brand"}]}]}""";

    @Test
    void aLeadWithTrackingFieldsByCodeAndByNameIsCountedOnItsDaysWithItsSource() {
        RecordingSink sink = Presets.readText(new AmoCrmLeadsJsonPreset(), leads(LEAD));

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).extracting(ObservationRow::measure, ObservationRow::periodStart, ObservationRow::source,
                ObservationRow::campaign).containsExactly(
                tuple("leads", LocalDate.of(2024, 6, 1), "yandex / cpc", "brand"),
                tuple("converted_leads", LocalDate.of(2024, 6, 3), "yandex / cpc", "brand"),
                tuple("orders", LocalDate.of(2024, 6, 3), "yandex / cpc", "brand"),
                tuple("revenue", LocalDate.of(2024, 6, 3), "yandex / cpc", "brand"));
    }

    @Test
    void theSameLeadTwiceIsADuplicateAndAChangedOneAConflictWhateverItsLayout() {
        String sameContentOtherSpacing = LEAD.replace("\n", "").replace(", ", ",").replace(":", " : ");
        String changed = LEAD.replace("\"Заказ 7\"", "\"Заказ 7 (изменён)\"");

        RecordingSink repeated = Presets.readText(new AmoCrmLeadsJsonPreset(), leads(LEAD, sameContentOtherSpacing));
        RecordingSink conflicting = Presets.readText(new AmoCrmLeadsJsonPreset(), leads(LEAD, changed));

        assertThat(repeated.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message().english()).startsWith("duplicate").contains("line 1");
        });
        assertThat(conflicting.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message().english()).startsWith("conflicting duplicate: line 1");
        });
    }

    @Test
    void oddValuesAreNamedByTheirPathAsBefore() {
        RecordingSink sink = Presets.readText(new AmoCrmLeadsJsonPreset(), leads(
                "{\"id\":1,\"status_id\":142,\"created_at\":\"1717232400\",\"closed_at\":1.7e9,\"price\":{\"a\":1}}",
                "{\"id\":2,\"status_id\":143,\"created_at\":1717232400,\"price\":-5}",
                "[1,2,3]"));

        assertThat(sink.problems).extracting(RowProblem::line, RowProblem::column).containsExactly(
                tuple(1L, "_embedded.leads[0].created_at"),
                tuple(1L, "_embedded.leads[0].closed_at"),
                tuple(1L, "_embedded.leads[0].price"),
                tuple(2L, "_embedded.leads[1].price"),
                tuple(3L, "_embedded.leads[2].created_at"));
        assertThat(sink.problems.get(3).message().english()).contains("-5");
    }

    @Test
    void aNumberNoDecimalHoldsIsAnErrorOfTheDocumentAtItsLine() {
        RecordingSink sink = Presets.readText(new AmoCrmLeadsJsonPreset(),
                "{\"_embedded\":{\"leads\":[\n{\"id\":1,\"created_at\":1717232400,\n\"price\":1.5e-2147483649}]}}");

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message().english()).startsWith("JSON syntax error at line 3");
        });
    }

    private static String leads(String... leads) {
        return "{\"_page\":1,\"_embedded\":{\"leads\":[" + String.join(",\n", leads) + "]}}";
    }
}

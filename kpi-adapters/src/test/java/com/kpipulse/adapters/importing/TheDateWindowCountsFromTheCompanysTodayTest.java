package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.ImportInput;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.measure.ObservationRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date more than a year after today is refused, and "today" is the company's, handed to the preset with the import:
 * no reader keeps a today of its own (it used to be the server's, looked up once a minute).
 */
class TheDateWindowCountsFromTheCompanysTodayTest {

    @Test
    void theLastDayAValueMayBeAboutIsAYearAfterTheCompanysToday() {
        FlexibleDate dates = new FlexibleDate(LocalDate.of(2026, 3, 15));

        assertThat(dates.parse("2027-03-15")).isEqualTo(new FlexibleDate.Value(LocalDate.of(2027, 3, 15)));
        assertThat(dates.parse("2027-03-16")).isInstanceOfSatisfying(FlexibleDate.Malformed.class, m -> assertThat(
                m.reason().english()).isEqualTo("\"2027-03-16\" is out of range: expected a date between 2000-01-01 and 2027-03-15"));
        assertThat(new FlexibleDate(LocalDate.of(2026, 3, 16)).parse("2027-03-16"))
                .isEqualTo(new FlexibleDate.Value(LocalDate.of(2027, 3, 16)));
    }

    @Test
    void aPresetReadsTheWindowFromTheImportsCompanyNotFromTheServersClock() {
        String file = "date,visits\n2030-06-01,5\n";
        ImportInput.Company in2029 = new ImportInput.Company(LocalDate.of(2029, 6, 1), "RUB", ZoneId.of("Europe/Moscow"));

        RecordingSink now = Presets.readText(new GenericPreset(), file);
        RecordingSink later = Presets.read(new GenericPreset(), new ImportInput("visits.csv",
                new java.io.ByteArrayInputStream(file.getBytes(java.nio.charset.StandardCharsets.UTF_8)), Map.of(),
                Map.of(), in2029));

        assertThat(now.problems).extracting(problem -> problem.message().english()).singleElement().asString().contains("out of range");
        assertThat(later.problems).isEmpty();
        assertThat(later.rows).extracting(ObservationRow::periodStart).containsExactly(LocalDate.of(2030, 6, 1));
    }
}

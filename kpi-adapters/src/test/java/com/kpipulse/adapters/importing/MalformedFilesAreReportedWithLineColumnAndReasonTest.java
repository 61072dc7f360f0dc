package com.kpipulse.adapters.importing;

import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.measure.ObservationRow;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MalformedFilesAreReportedWithLineColumnAndReasonTest {

    private final DirectUiCsvPreset direct = new DirectUiCsvPreset();
    private final GenericPreset generic = new GenericPreset();
    private final MetricaReportCsvPreset metrica = new MetricaReportCsvPreset();
    private final Ga4CsvPreset ga4 = new Ga4CsvPreset();

    private static final String DIRECT_HEADER = "Дата;Кампания;Показы;Клики;Расход (руб.)\n";

    @Test
    void binaryBytesAreNotText() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

        RecordingSink sink = Presets.readBytes(direct, png, Map.of(), Map.of());

        assertThat(sink.rows).isEmpty();
        assertThat(sink.problems).extracting(RowProblem::line, RowProblem::column)
                .containsExactly(tuple(0L, null));
        assertThat(sink.problems.get(0).message().english()).contains("binary, not text");
    }

    @Test
    void aWorkbookGivenToACsvPresetIsNamedAsSuch() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0};

        RecordingSink sink = Presets.readBytes(direct, zip, Map.of(), Map.of());

        assertThat(sink.problems).singleElement()
                .satisfies(p -> assertThat(p.message().english()).contains("ZIP archive (an XLSX workbook?)"));
    }

    @Test
    void bytesThatAreNotUtf8LaterInAUtf8FileAreReportedOnTheirLine() {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(DIRECT_HEADER.getBytes(StandardCharsets.UTF_8));
        int lines = 3000;
        for (int day = 0; day < lines; day++) {
            file.writeBytes(("01.06.2024;Кампания " + day + ";100;10;99,90\n").getBytes(StandardCharsets.UTF_8));
        }
        file.writeBytes("02.06.2024;".getBytes(StandardCharsets.UTF_8));
        file.writeBytes("Лето;100;10;5\n".getBytes(TextSniffer.WINDOWS_1251));

        RecordingSink sink = Presets.readBytes(direct, file.toByteArray(), Map.of(), Map.of());

        assertThat(sink.problems).extracting(RowProblem::line).containsExactly((long) lines + 2);
        assertThat(sink.problems.get(0).message().english()).contains("not valid UTF-8");
        assertThat(sink.rows("clicks")).hasSize(lines);
    }

    @Test
    void aTruncatedLineIsReportedAndTheNextLinesAreStillRead() {
        RecordingSink sink = Presets.readText(direct, DIRECT_HEADER + """
                01.06.2024;Бренд;100;10;99,90
                02.06.2024;Бренд;100
                03.06.2024;Бренд;100;10;99,90
                """);

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message().english()).contains("3 fields but the header has 5", "truncated");
        });
        assertThat(sink.rows("clicks")).hasSize(2);
    }

    @Test
    void aLineWithAnotherDelimiterIsCalledMixedDelimiters() {
        RecordingSink sink = Presets.readText(direct, DIRECT_HEADER + """
                01.06.2024;Бренд;100;10;99,90
                02.06.2024,Бренд,100,10,99
                """);

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message().english()).isEqualTo(
                    "mixed delimiters: the header is separated by semicolons (;) but this line by commas (,)");
        });
    }

    @Test
    void anUnquotedDelimiterInsideAValueIsExplained() {
        RecordingSink sink = Presets.readText(direct, DIRECT_HEADER + "01.06.2024;Акция; лето;100;10;99,90\n");

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message().english()).contains("6 fields but the header has 5", "must be in double quotes");
        });
    }

    @Test
    void aQuoteLeftOpenAtTheEndOfTheFileIsReported() {
        RecordingSink sink = Presets.readText(direct, DIRECT_HEADER + "01.06.2024;\"Бренд;100;10;99,90\n");

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message().english()).contains("quoted value is not closed");
        });
    }

    @Test
    void textInANumberColumnNamesTheColumnAndWhatWasExpected() {
        RecordingSink sink = Presets.readText(direct, DIRECT_HEADER + """
                01.06.2024;Бренд;100;12,5O;99,90
                02.06.2024;Бренд;100;10;99,90
                """);

        assertThat(sink.said()).containsExactly(RecordingSink.said(2, "Клики",
                "\"12,5O\" is not a number: expected digits with an optional decimal comma"));
        assertThat(sink.rows("impressions")).hasSize(1);
    }

    @Test
    void everyBadCellOfARowIsReportedAndTheRowIsLeftOutWhole() {
        RecordingSink sink = Presets.readText(direct, DIRECT_HEADER + "32.13.2024;Бренд;сто;10;-5\n");

        assertThat(sink.problems).extracting(RowProblem::line, RowProblem::column).containsExactly(
                tuple(2L, "Дата"), tuple(2L, "Показы"), tuple(2L, "Расход (руб.)"));
        assertThat(sink.rows).isEmpty();
    }

    @Test
    void negativeSpendIsImpossible() {
        RecordingSink sink = Presets.readText(direct, DIRECT_HEADER + "01.06.2024;Бренд;100;10;−100,50\n");

        assertThat(sink.said()).containsExactly(RecordingSink.said(2, "Расход (руб.)",
                "negative value -100.50 is impossible for Ad spend: expected zero or more"));
    }

    @Test
    void aDateBefore2000IsOutOfRange() {
        RecordingSink sink = Presets.readText(direct, DIRECT_HEADER + "31.12.1999;Бренд;100;10;5\n");

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Дата");
            assertThat(p.message().english()).startsWith("\"31.12.1999\" is out of range: expected a date between 2000-01-01");
        });
    }

    @Test
    void aDateMoreThanAYearAheadIsOutOfRange() {
        RecordingSink sink = Presets.readText(generic, "date,visits\n2100-01-01,5\n");

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("date");
            assertThat(p.message().english()).contains("out of range");
        });
    }

    @Test
    void aDayThatDoesNotExistIsNotACalendarDate() {
        RecordingSink sink = Presets.readText(generic, "date,visits\n2024-02-30,5\n");

        assertThat(sink.problems).singleElement()
                .satisfies(p -> assertThat(p.message().english()).isEqualTo("2024-02-30 is not a date of the calendar"));
    }

    @Test
    void duplicatedRowsWithConflictingValuesAreRefused() {
        RecordingSink sink = Presets.readText(direct, DIRECT_HEADER + """
                01.06.2024;Бренд;100;10;99,90
                01.06.2024;Бренд;100;12;99,90
                """);

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message().english()).startsWith("conflicting duplicate: line 2 has the same date and dimensions");
        });
        assertThat(sink.row("clicks", "2024-06-01", "Бренд").value()).isEqualByComparingTo("10");
    }

    @Test
    void anExactlyRepeatedRowIsCountedOnce() {
        RecordingSink sink = Presets.readText(direct, DIRECT_HEADER + """
                01.06.2024;Бренд;100;10;99,90
                01.06.2024;Бренд;100;10;99,90
                """);

        assertThat(sink.problems).extracting(RowProblem::line, problem -> problem.message().english()).containsExactly(
                tuple(3L, "duplicate row: repeats line 2 exactly; it is counted once"));
        assertThat(sink.row("clicks", "2024-06-01", "Бренд").value()).isEqualByComparingTo("10");
    }

    @Test
    void aMissingRequiredColumnIsNamed() {
        RecordingSink sink = Presets.readText(direct, """
                Отчёт
                Кампания;Показы;Клики;Расход (руб.)
                Бренд;100;10;5
                """);

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message().english()).startsWith("missing required column \"Дата\"");
        });
    }

    @Test
    void anEmptyFileSaysWhatWasExpected() {
        RecordingSink sink = Presets.readText(direct, "");

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.message().english()).startsWith("the file is empty: expected a header row with the columns \"Дата\"");
        });
    }

    @Test
    void aFileOfBlankLinesIsEmptyToo() {
        RecordingSink sink = Presets.readText(generic, "\n\n  \n");

        assertThat(sink.problems).singleElement()
                .satisfies(p -> assertThat(p.message().english()).startsWith("the file is empty"));
    }

    @Test
    void aFileWithoutAnyRecognisableHeaderIsRefused() {
        RecordingSink sink = Presets.readText(metrica, "hello\nworld\n");

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.message().english()).startsWith("no header row found in the first 60 lines");
        });
    }

    @Test
    void anUnknownMeasureInTheMappingIsReportedAndTheOtherColumnsAreImported() {
        RecordingSink sink = Presets.readText(generic, "Day;Visits;Bounces\n01.06.2024;10;4\n",
                Map.of("Day", "date", "Visits", "visits", "Bounces", "bounces"), Map.of());

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.column()).isEqualTo("Bounces");
            assertThat(p.message().english()).startsWith("unknown measure \"bounces\": expected a base measure code");
        });
        assertThat(sink.rows).singleElement().satisfies(r -> assertThat(r.measure()).isEqualTo("visits"));
    }

    @Test
    void aMappingWithoutADateColumnIsRefused() {
        RecordingSink sink = Presets.readText(generic, "Visits\n10\n", Map.of("Visits", "visits"), Map.of());

        assertThat(sink.problems).extracting(problem -> problem.message().english())
                .containsExactly("the mapping has no date column: map one column to \"date\"");
    }

    @Test
    void aMappedColumnMissingFromTheFileIsNamed() {
        RecordingSink sink = Presets.readText(generic, "Day,Visits\n2024-06-01,10\n",
                Map.of("Day", "date", "Visits", "visits", "Leads", "leads"), Map.of());

        assertThat(sink.problems).singleElement()
                .satisfies(p -> assertThat(p.message().english()).startsWith("missing required column \"Leads\""));
    }

    @Test
    void anUnknownGrainOptionIsRefused() {
        RecordingSink sink = Presets.readText(generic, "date,visits\n2024-06-01,10\n", Map.of(),
                Map.of("grain", "fortnight"));

        assertThat(sink.said()).containsExactly(RecordingSink.said(0, "grain",
                "unknown grain \"fortnight\": expected day, week, month, quarter or year"));
    }

    @Test
    void aPercentageWhereACountIsExpectedIsRefused() {
        RecordingSink sink = Presets.readText(generic, "date,leads\n2024-06-01,12%\n");

        assertThat(sink.said()).containsExactly(RecordingSink.said(2, "leads",
                "\"12%\" is a percentage: expected an amount of Leads, not a share"));
    }

    @Test
    void anEmptyCurrencyCellTakesTheCompanysCurrency() {
        RecordingSink sink = Presets.readText(generic, "date,ad_spend,currency\n2024-06-01,12,USD\n2024-06-02,5,\n");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.rows).extracting(ObservationRow::currency).containsExactly("USD", Presets.COMPANY.currency());
    }

    @Test
    void uniqueVisitorsOfTwoRowsForTheSameKeyCannotBeSummed() {
        RecordingSink sink = Presets.readText(metrica, """
                Дата визита,Источник трафика,Тип устройства,Посетители
                2024-06-01,Прямые заходы,Смартфоны,10
                2024-06-01,Прямые заходы,ПК,7
                """);

        assertThat(sink.problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("Посетители");
            assertThat(p.message().english()).contains("already came from line 2", "not additive");
        });
    }

    @Test
    void aGa4ReportWithoutItsPeriodLinesIsRefused() {
        RecordingSink sink = Presets.readText(ga4, "Session default channel group,Sessions\nDirect,10\n");

        assertThat(sink.problems).singleElement()
                .satisfies(p -> assertThat(p.message().english()).startsWith("the report period is unknown"));
    }
}

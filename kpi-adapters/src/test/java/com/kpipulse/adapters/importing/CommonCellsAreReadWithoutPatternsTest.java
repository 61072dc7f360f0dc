package com.kpipulse.adapters.importing;

import com.kpipulse.domain.text.Message;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cells that fill large files (ISO and dotted dates, bare integers, names) are read by fast paths; they must
 * agree with the general rules on every cell, good or bad, including the messages.
 */
class CommonCellsAreReadWithoutPatternsTest {

    /** Dates as an import on this day reads them. */
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 14);
    private static final FlexibleDate DATES = new FlexibleDate(TODAY);

    @Test
    void isoAndDottedDatesAreReadDigitByDigit() {
        assertThat(DATES.parse("2024-06-14")).isEqualTo(new FlexibleDate.Value(LocalDate.of(2024, 6, 14)));
        assertThat(DATES.parse("14.06.2024")).isEqualTo(new FlexibleDate.Value(LocalDate.of(2024, 6, 14)));
        assertThat(DATES.parse("29.02.2024")).isEqualTo(new FlexibleDate.Value(LocalDate.of(2024, 2, 29)));
        assertThat(DATES.parse(" 2024-06-14 ")).isEqualTo(new FlexibleDate.Value(LocalDate.of(2024, 6, 14)));
    }

    @Test
    void aDayTheCalendarLacksIsRefusedWithTheSameMessageInBothFormsAndNoParserWords() {
        for (String cell : new String[]{"2023-02-30", "31.04.2023", "29.02.2023", "2024-13-01", "12.31.2024",
                "32.01.2024"}) {
            assertThat(DATES.parse(cell)).isEqualTo(new FlexibleDate.Malformed(
                    Message.of(FileProblemKind.NOT_A_CALENDAR_DATE, cell)));
        }
        Message said = ((FlexibleDate.Malformed) DATES.parse("32.01.2024")).reason();
        assertThat(said.russian()).isEqualTo("32.01.2024 — нет такой даты в календаре");
        assertThat(said.english()).isEqualTo("32.01.2024 is not a date of the calendar");
    }

    @Test
    void datesOfTheSameLengthInOtherShapesStillTakeTheGeneralPath() {
        assertThat(DATES.parse("2024/06/14")).isEqualTo(new FlexibleDate.Value(LocalDate.of(2024, 6, 14)));
        assertThat(DATES.parse("2O24-06-01")).isEqualTo(new FlexibleDate.Malformed(
                Message.of(FileProblemKind.NOT_A_DATE, "2O24-06-01")));
        assertThat(DATES.parse("2024--1-01")).isEqualTo(new FlexibleDate.Malformed(
                Message.of(FileProblemKind.NOT_A_CALENDAR_DATE, "2024--1-01")));
        assertThat(DATES.parse("2024-1--01")).as("a dash inside the month is no number, and no crash")
                .isEqualTo(new FlexibleDate.Malformed(Message.of(FileProblemKind.NOT_A_DATE, "2024-1--01")));
        assertThat(DATES.parse("1999-12-31")).isInstanceOf(FlexibleDate.Malformed.class)
                .satisfies(r -> assertThat(((FlexibleDate.Malformed) r).reason().english()).contains("is out of range"));
    }

    @Test
    void bareIntegersAreReadDigitByDigitAndEverythingElseByTheLocaleRules() {
        assertThat(LocaleNumber.parse("4211", LocaleNumber.DecimalMark.POINT))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("4211"), false));
        assertThat(LocaleNumber.parse("-12", LocaleNumber.DecimalMark.POINT))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("-12"), false));
        assertThat(LocaleNumber.parse("-0", LocaleNumber.DecimalMark.POINT))
                .isEqualTo(new LocaleNumber.Value(BigDecimal.ZERO, false));
        assertThat(LocaleNumber.parse("123456789012345678", LocaleNumber.DecimalMark.POINT))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("123456789012345678"), false));
        assertThat(LocaleNumber.parse("1234567890123456789", LocaleNumber.DecimalMark.POINT))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("1234567890123456789"), false));
        assertThat(LocaleNumber.parse(" 42 ", LocaleNumber.DecimalMark.COMMA))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("42"), false));
        assertThat(LocaleNumber.parse("1 234,50", LocaleNumber.DecimalMark.COMMA))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("1234.50"), false));
        assertThat(LocaleNumber.parse("-", LocaleNumber.DecimalMark.POINT)).isEqualTo(new LocaleNumber.Missing());
        assertThat(LocaleNumber.parse("", LocaleNumber.DecimalMark.POINT)).isEqualTo(new LocaleNumber.Missing());
        assertThat(LocaleNumber.parse("12a", LocaleNumber.DecimalMark.POINT)).isEqualTo(new LocaleNumber.Malformed(
                Message.of(FileProblemKind.NOT_A_NUMBER_POINT, "12a")));
    }

    @Test
    void noDataTokensAreFoundWhateverTheirCaseAndSpacing() {
        for (String token : new String[]{"", "  ", "-", "--", "—", "–", "(not set)", "(Not Set)", "(none)", "n/a",
                "N/A", " n/a ", "н/д", "Н/Д", "null", "NULL", "Null", "\tnull"}) {
            assertThat(Cells.isNull(token)).as(token).isTrue();
        }
        for (String cell : new String[]{"Nope", "n", "none", "nulls", "-5", "2024-06-01", "bench_3", "(not set) x",
                "Н", "x—"}) {
            assertThat(Cells.isNull(cell)).as(cell).isFalse();
        }
    }

    @Test
    void totalsLabelsAreFoundAndADateOrNumberIsNeverOne() {
        for (String label : new String[]{"Итого", "итого и средние", "Всего:", "Total", " Totals and averages",
                "Grand total", "Total: Account", "Total rows: 5"}) {
            assertThat(Cells.isTotalsLabel(label)).as(label).isTrue();
        }
        for (String cell : new String[]{"2024-06-01", "01.06.2024", "1 234", "0", "totally", "Brand", ""}) {
            assertThat(Cells.isTotalsLabel(cell)).as(cell).isFalse();
        }
    }
}

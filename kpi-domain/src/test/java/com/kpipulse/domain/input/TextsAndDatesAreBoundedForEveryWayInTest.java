package com.kpipulse.domain.input;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class TextsAndDatesAreBoundedForEveryWayInTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aMegabyteIsRefusedByItsLength() {
        assertThat(TextInput.line("x".repeat(1 << 20), TextInput.NAME)).get()
                .extracting(InputProblem::kind).isEqualTo(InputProblemKind.TEXT_TOO_LONG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "a\u0007b", "line\nbreak", "tab\there", "\u0085next"})
    void controlCharactersAreNotPartOfAName(String text) {
        assertThat(TextInput.line(text, TextInput.NAME)).get()
                .extracting(InputProblem::kind).isEqualTo(InputProblemKind.CONTROL_CHARACTER);
    }

    @Test
    void aNoteMayHaveLinesButNoNul() {
        assertThat(TextInput.check("first\r\nsecond\tthird", TextInput.NOTE, TextInput.Lines.MANY)).isEmpty();
        assertThat(TextInput.check("first\u0000", TextInput.NOTE, TextInput.Lines.MANY)).get()
                .extracting(InputProblem::kind).isEqualTo(InputProblemKind.CONTROL_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uD800", "a\uDC00b", "end\uD83D"})
    void unpairedSurrogatesAreRefusedNotTurnedIntoQuestionMarks(String text) {
        assertThat(TextInput.line(text, TextInput.NAME)).get()
                .extracting(InputProblem::kind).isEqualTo(InputProblemKind.LONE_SURROGATE);
    }

    @Test
    void emojiAndCyrillicAreText() {
        assertThat(TextInput.line("Акция 🎉 «Чёрная пятница»", TextInput.NAME)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "1990-06-01", "2100-01-01"})
    void plansStayBetween2000AndTheEndOf2099(String text) {
        assertThat(DateWindow.parsePlanned(text)).isInstanceOf(DateWindow.Refused.class)
                .extracting(refused -> ((DateWindow.Refused) refused).problem().kind())
                .isEqualTo(InputProblemKind.DATE_OUT_OF_RANGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-999999999-01-01", "+10000-01-01", "2026-02-30", "2026-1-05", "05.01.2026", "2026-01-05x",
            "２０２６-01-05"})
    void onlyACalendarDateWrittenYyyyMmDdIsADate(String text) {
        assertThat(DateWindow.parsePlanned(text)).isInstanceOf(DateWindow.Refused.class)
                .extracting(refused -> ((DateWindow.Refused) refused).problem().kind())
                .isEqualTo(InputProblemKind.NOT_A_DATE);
    }

    @Test
    void valuesMayBeAboutAYearAheadAtMost() {
        assertThat(DateWindow.parseValueDay("2027-12-04", TODAY)).isInstanceOf(DateWindow.Parsed.class);
        assertThat(DateWindow.parseValueDay("2027-12-05", TODAY)).isInstanceOf(DateWindow.Refused.class);
        assertThat(DateWindow.parseValueDay("9999-12-31", TODAY)).isInstanceOf(DateWindow.Refused.class);
        assertThat(DateWindow.parseValueDay("1999-12-31", TODAY)).isInstanceOf(DateWindow.Refused.class);
    }

    @Test
    void theReasonNamesTheWindow() {
        InputProblem problem = ((DateWindow.Refused) DateWindow.parsePlanned("1990-06-01")).problem();
        assertThat(problem.russian()).isEqualTo("1990-06-01 вне допустимого диапазона дат: с 2000-01-01 по 2099-12-31");
        assertThat(problem.excerpt("x".repeat(100))).hasSize(41);
    }
}

package com.kpipulse.adapters.importing;

import com.kpipulse.domain.text.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date cell is refused by its length before a pattern or a parser looks at it (one of the patterns takes time
 * growing with the square of a long cell), and a Unix time by its range before an instant is made of it; dates
 * outside the window of {@link com.kpipulse.domain.input.DateWindow} are refused as before.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard against a hang, not a speed claim
class DateCellsAreBoundedBeforeTheyAreReadTest {

    /** Dates as an import on this day reads them. */
    private static final LocalDate TODAY = LocalDate.of(2026, 1, 14);
    private static final FlexibleDate DATES = new FlexibleDate(TODAY);

    @Test
    void aMegabyteCellIsRefusedByItsLengthQuotingOnlyItsStart() {
        String cell = "2024-06-01T" + "T".repeat(1 << 20);

        assertThat(DATES.parse(cell)).isInstanceOfSatisfying(FlexibleDate.Malformed.class, m -> assertThat(
                m.reason().english()).isEqualTo("\"2024-06-01T" + "T".repeat(29) + "…\" is too long for a date: "
                + cell.length() + " characters, at most 64"));
    }

    @Test
    void paddingAroundADateDoesNotCountTowardsItsLength() {
        assertThat(DATES.parse(" ".repeat(100) + "2024-06-14" + " ".repeat(100)))
                .isEqualTo(new FlexibleDate.Value(LocalDate.of(2024, 6, 14)));
        assertThat(DATES.parse("2024-09-02T18:37:18.123456789+02:00"))
                .isEqualTo(new FlexibleDate.Value(LocalDate.of(2024, 9, 2)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "9999-12-31", "1990-01-01", "1999-12-31"})
    void aDateOutsideTheWindowIsOutOfRange(String cell) {
        assertThat(DATES.parse(cell)).isInstanceOfSatisfying(FlexibleDate.Malformed.class, m -> assertThat(
                m.reason().english()).startsWith("\"" + cell + "\" is out of range: expected a date between 2000-01-01 and "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+10000-01-01", "-999999999-01-01", "99999-01-01", "2024-13-45T00:00"})
    void aYearOfMoreOrFewerThanFourDigitsIsNoDate(String cell) {
        assertThat(DATES.parse(cell)).isInstanceOfSatisfying(FlexibleDate.Malformed.class,
                m -> assertThat(m.reason().english()).contains("is not a").hasSizeLessThan(150));
    }

    @Test
    void aDayTheCalendarLacksIsStillNamed() {
        assertThat(DATES.parse("2024-02-30")).isEqualTo(new FlexibleDate.Malformed(
                Message.of(FileProblemKind.NOT_A_CALENDAR_DATE, "2024-02-30")));
    }

    @Test
    void aUnixTimeBeyondWhatAnInstantHoldsIsOutOfRangeNotAnError() {
        ZoneId moscow = ZoneId.of("Europe/Moscow");
        for (long seconds : new long[]{Long.MAX_VALUE, Long.MIN_VALUE, 31_556_889_864_403_200L, -1, 0,
                946_684_799L - 86_400 * 2}) {
            assertThat(DATES.fromEpochSeconds(seconds, moscow)).as("%d", seconds)
                    .isInstanceOfSatisfying(FlexibleDate.Malformed.class, m -> assertThat(m.reason().english())
                            .isEqualTo("\"" + seconds + "\" is out of range: expected a date between 2000-01-01 and "
                                    + TODAY.plusYears(1)));
        }
        assertThat(DATES.fromEpochSeconds(1_717_232_400L, moscow))
                .isEqualTo(new FlexibleDate.Value(LocalDate.of(2024, 6, 1)));
    }
}

package com.kpipulse.adapters.importing;

import com.kpipulse.domain.input.InputProblemKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.List;

import static com.kpipulse.adapters.importing.LocaleNumber.DecimalMark.COMMA;
import static com.kpipulse.adapters.importing.LocaleNumber.DecimalMark.POINT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cell of {@code -1e9999999} once kept a core busy for 23 minutes (written out to ten million digits and read
 * again), and a thousand nines failed an import with a numeric overflow in the store. The number reader now refuses a
 * cell by its length before reading it, a scientific number by its size before writing it out, and (for values to
 * store) anything outside the store's range, each with a short reason; ordinary cells read exactly as before.
 */
@Timeout(value = 10, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a guard against a hang, not a speed claim
class NumberCellsAreBoundedBeforeTheyAreReadTest {

    private static final BigDecimal MICROS = new BigDecimal("0.000001");

    @ParameterizedTest
    @ValueSource(strings = {"1e9999999", "-1e9999999", "1E+999999999", "-1e999999999", "1e2147483647",
            "1e2147483648", "9.99e400", "1e81", "$1e9999999", "1e9999999%"})
    void aHugeExponentIsRefusedAsTooLargeWithoutWritingTheNumberOut(String cell) {
        assertThat(LocaleNumber.parse(cell, POINT)).isInstanceOfSatisfying(LocaleNumber.Malformed.class, m -> {
            assertThat(m.kind()).isEqualTo(InputProblemKind.NUMBER_TOO_LARGE);
            assertThat(m.reason().english()).isEqualTo("«" + cell + "» is too large: at most 15 digits before the decimal point");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-400", "-1e-400", "1e-2147483647", "1.5e-2147483647", "1e-2147483649", "1e-90"})
    void aTinyExponentIsRefusedAsTooSmallRatherThanBecomingZero(String cell) {
        assertThat(LocaleNumber.parse(cell, POINT)).isInstanceOfSatisfying(LocaleNumber.Malformed.class, m -> {
            assertThat(m.kind()).isEqualTo(InputProblemKind.NUMBER_TOO_SMALL);
            assertThat(m.reason().english()).isEqualTo("«" + cell + "» is too small: values keep 6 decimal places, it would "
                    + "become zero");
        });
    }

    @Test
    void aScientificNumberWithinReachIsReadAsBeforeAndRefusedOnlyWhenStoredOutsideTheRange() {
        assertThat(LocaleNumber.parse("1.5e3", POINT)).isEqualTo(new LocaleNumber.Value(new BigDecimal("1500"), false));
        assertThat(LocaleNumber.parse("2.5E-3", POINT))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("0.0025"), false));
        assertThat(LocaleNumber.parse("0e-99999999", POINT)).isEqualTo(new LocaleNumber.Value(BigDecimal.ZERO, false));
        assertThat(LocaleNumber.parse("1e70", POINT)).isEqualTo(new LocaleNumber.Value(BigDecimal.TEN.pow(70), false));

        assertThat(said(LocaleNumber.parseStorable("1e70", POINT))).isEqualTo(said(
                "«1e70» is too large: at most 15 digits before the decimal point", InputProblemKind.NUMBER_TOO_LARGE));
        assertThat(said(LocaleNumber.parseStorable("1e-7", POINT))).isEqualTo(said(
                "«1e-7» is too small: values keep 6 decimal places, it would become zero",
                InputProblemKind.NUMBER_TOO_SMALL));
        assertThat(LocaleNumber.parseStorable("1e-6", POINT))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("0.000001"), false));
        assertThat(LocaleNumber.parseStorable("9.99999999999999e14", POINT))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("999999999999999"), false));
    }

    @Test
    void thousandsOfDigitsAreRefusedByTheirLengthQuotingOnlyTheStart() {
        String nines = "9".repeat(1000);
        assertThat(said(LocaleNumber.parse(nines, POINT))).isEqualTo(said(
                "«" + "9".repeat(40) + "…» is too long for a number: 1000 characters, at most 80",
                InputProblemKind.NUMBER_TOO_LONG));

        for (String cell : new String[]{"1" + "0".repeat(99_999), "1" + " 000".repeat(262_144),
                "x".repeat(1 << 20)}) {
            assertThat(LocaleNumber.parse(cell, COMMA)).isInstanceOfSatisfying(LocaleNumber.Malformed.class, m -> {
                assertThat(m.kind()).isEqualTo(InputProblemKind.NUMBER_TOO_LONG);
                assertThat(m.reason().english()).hasSizeLessThan(120).contains(cell.length() + " characters, at most 80");
            });
        }
    }

    @Test
    void paddingAroundANumberDoesNotCountTowardsItsLength() {
        assertThat(LocaleNumber.parse(" ".repeat(200) + "1 234,50" + "\t".repeat(200), COMMA))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("1234.50"), false));
        assertThat(LocaleNumber.parse(" ".repeat(1 << 20), POINT)).isEqualTo(new LocaleNumber.Missing());
    }

    @Test
    void sixteenDigitsAreReadButNotStored() {
        assertThat(LocaleNumber.parse("1234567890123456", POINT))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("1234567890123456"), false));
        assertThat(said(LocaleNumber.parseStorable("1234567890123456", POINT))).isEqualTo(said(
                "«1234567890123456» is too large: at most 15 digits before the decimal point",
                InputProblemKind.NUMBER_TOO_LARGE));
        assertThat(LocaleNumber.parseStorable("9223372036854775807", POINT))
                .isInstanceOf(LocaleNumber.Malformed.class);
        assertThat(LocaleNumber.parseStorable("999 999 999 999 999,999999", COMMA))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("999999999999999.999999"), false));
        assertThat(LocaleNumber.parseStorable("0,0000001", COMMA)).isInstanceOfSatisfying(
                LocaleNumber.Malformed.class, m -> assertThat(m.kind()).isEqualTo(InputProblemKind.NUMBER_TOO_SMALL));
    }

    @Test
    void moneyInMicrosIsCheckedAfterScaling() {
        assertThat(LocaleNumber.parseStorable("123456789012345678901", POINT, MICROS))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("123456789012345.678901"), false));
        assertThat(LocaleNumber.parseStorable("1500500000", POINT, MICROS))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("1500.500000"), false));
        assertThat(LocaleNumber.parseStorable("1234567890123456789012", POINT, MICROS)).isInstanceOfSatisfying(
                LocaleNumber.Malformed.class, m -> assertThat(m.kind()).isEqualTo(InputProblemKind.NUMBER_TOO_LARGE));
        assertThat(LocaleNumber.parseStorable("0.5", POINT, MICROS)).isInstanceOfSatisfying(
                LocaleNumber.Malformed.class, m -> assertThat(m.kind()).isEqualTo(InputProblemKind.NUMBER_TOO_SMALL));
        assertThat(LocaleNumber.parseStorable("-1e9999999", POINT, MICROS)).isInstanceOfSatisfying(
                LocaleNumber.Malformed.class, m -> assertThat(m.kind()).isEqualTo(InputProblemKind.NUMBER_TOO_LARGE));
    }

    @Test
    void aJsonNumberOfAnySizeIsCheckedWithoutComputingWithIt() {
        assertThat(LocaleNumber.storable(new BigDecimal("1E+2147483647"), "1E+2147483647", MICROS))
                .isInstanceOfSatisfying(LocaleNumber.Malformed.class,
                        m -> assertThat(m.kind()).isEqualTo(InputProblemKind.NUMBER_TOO_LARGE));
        assertThat(LocaleNumber.storable(new BigDecimal("1E-2147483647"), "1E-2147483647", MICROS))
                .isInstanceOfSatisfying(LocaleNumber.Malformed.class,
                        m -> assertThat(m.kind()).isEqualTo(InputProblemKind.NUMBER_TOO_SMALL));
        assertThat(LocaleNumber.storable(new BigDecimal("0E-2147483647"), "0E-2147483647", MICROS))
                .isInstanceOfSatisfying(LocaleNumber.Value.class,
                        v -> assertThat(v.number()).isEqualByComparingTo("0"));
        assertThat(LocaleNumber.storable(new BigDecimal("9".repeat(1000)), "9".repeat(1000), BigDecimal.ONE))
                .isInstanceOfSatisfying(LocaleNumber.Malformed.class,
                        m -> assertThat(m.reason().english()).hasSizeLessThan(120));
        assertThat(LocaleNumber.storable(new BigDecimal("41.5"), "41.5", BigDecimal.ONE))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("41.5"), false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "NAN", "-NaN", "+NaN", "Infinity", "infinity", "INFINITY", "-Infinity",
            "+Infinity", "−Infinity", "Inf", "-inf", "∞", "1e", "e5", "1e5e5", "0x1F", "0x100", "1x000", "12a"})
    void notANumberInAnyCaseOrSignIsRefusedAsNotANumber(String cell) {
        assertThat(said(LocaleNumber.parseStorable(cell, POINT))).isEqualTo(said(
                "\"" + cell + "\" is not a number: expected digits with an optional decimal point"));
    }

    @Test
    void aNulByteInsideANumberIsNotANumberAndIsNotCopiedIntoTheMessage() {
        assertThat(said(LocaleNumber.parse("12\u000034", POINT))).isEqualTo(said(
                "\"12?34\" is not a number: expected digits with an optional decimal point"));
    }

    @Test
    void theLocaleFormsReadExactlyAsBefore() {
        assertThat(LocaleNumber.parse("1 234,56", COMMA)).isEqualTo(value("1234.56"));
        assertThat(LocaleNumber.parse("1\u00A0234,56", COMMA)).isEqualTo(value("1234.56"));
        assertThat(LocaleNumber.parse("1\u202F234\u202F567", COMMA)).isEqualTo(value("1234567"));
        assertThat(LocaleNumber.parse("1,234.56", POINT)).isEqualTo(value("1234.56"));
        assertThat(LocaleNumber.parse("1.234,56", COMMA)).isEqualTo(value("1234.56"));
        assertThat(LocaleNumber.parse("1,234", POINT)).isEqualTo(value("1234"));
        assertThat(LocaleNumber.parse("1,234", COMMA)).isEqualTo(value("1.234"));
        assertThat(LocaleNumber.parse("0,500", POINT)).isEqualTo(value("0.500"));
        assertThat(LocaleNumber.parse("$174.59", POINT)).isEqualTo(value("174.59"));
        assertThat(LocaleNumber.parse("1 500,50 ₽", COMMA)).isEqualTo(value("1500.50"));
        assertThat(LocaleNumber.parse("−100,50", COMMA)).isEqualTo(value("-100.50"));
        assertThat(LocaleNumber.parse("-$3.12", POINT)).isEqualTo(value("-3.12"));
        assertThat(LocaleNumber.parse("4.54%", POINT))
                .isEqualTo(new LocaleNumber.Value(new BigDecimal("4.54"), true));
        assertThat(LocaleNumber.parse("1.5E+3", POINT)).isEqualTo(value("1500"));
        assertThat(LocaleNumber.parse("-2e-2", POINT)).isEqualTo(value("-0.02"));
        assertThat(LocaleNumber.parse("n/a", POINT)).isEqualTo(new LocaleNumber.Missing());
        assertThat(said(LocaleNumber.parse("1,2,3.4", POINT))).isEqualTo(said(
                "\"1,2,3.4\" is not a number: expected digits with an optional decimal point"));
    }

    @Test
    void aCellThatIsReadAndInRangeIsTheSameResultWhenStored() {
        for (String cell : new String[]{"4211", "-12", "1 234,50", "0", "999999999999999"}) {
            assertThat(LocaleNumber.parseStorable(cell, COMMA)).as(cell).isEqualTo(LocaleNumber.parse(cell, COMMA));
        }
    }

    private static LocaleNumber.Value value(String number) {
        return new LocaleNumber.Value(new BigDecimal(number), false);
    }

    /** A result as a person reads it: a refused cell by its English reason and kind, anything else as it is. */
    private static Object said(LocaleNumber.Result result) {
        return result instanceof LocaleNumber.Malformed malformed
                ? List.of(malformed.reason().english(), malformed.kind()) : result;
    }

    private static Object said(String english, InputProblemKind kind) {
        return List.of(english, kind);
    }

    private static Object said(String english) {
        return said(english, InputProblemKind.NOT_A_NUMBER);
    }
}

package com.kpipulse.domain.input;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class NumbersAreRefusedByTheirSizeBeforeTheyExpandTest {

    @ParameterizedTest
    @ValueSource(strings = {"-1e9999999", "1e400", "-1e999999999", "1E+2147483648", "9e15", "1000000000000000",
            "123456789012345678901234567890"})
    void aNumberBeyondFifteenDigitsBeforeThePointIsTooLarge(String text) {
        assertThat(refusal(text).kind()).isEqualTo(InputProblemKind.NUMBER_TOO_LARGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-400", "1e-9999999999", "0.0000001", "-9E-7"})
    void aNonZeroNumberTheStoreWouldKeepAsZeroIsTooSmall(String text) {
        assertThat(refusal(text).kind()).isEqualTo(InputProblemKind.NUMBER_TOO_SMALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "Infinity", "-Infinity", "0x1F", "1,5", "1 000", "e5", "1e", ".", "--1", "1.2.3",
            "١٢٣", "1e+", "12O"})
    void whatIsNotADecimalNumberIsSaidToBeNone(String text) {
        assertThat(refusal(text).kind()).isEqualTo(InputProblemKind.NOT_A_NUMBER);
    }

    @Test
    void aThousandDigitsAreRefusedByLengthAndTheMessageQuotesOnlyTheirStart() {
        String nines = "9".repeat(100_000);
        InputProblem problem = refusal(nines);
        assertThat(problem.kind()).isEqualTo(InputProblemKind.NUMBER_TOO_LONG);
        assertThat(problem.english()).hasSizeLessThan(200).contains("100000 characters");
        assertThat(problem.russian()).contains("слишком длинная запись числа");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0.0", "1234.50", "999999999999999", "0.000001", "1.5e-6", "1.2E+3", " 42 ", "+7",
            "0e999999999"})
    void ordinaryNumbersAreRead(String text) {
        assertThat(DecimalInput.parse(text)).isInstanceOf(DecimalInput.Parsed.class);
    }

    @Test
    void theValueIsExactlyWhatWasWritten() {
        assertThat(((DecimalInput.Parsed) DecimalInput.parse("1.2E+3")).value()).isEqualByComparingTo("1200");
    }

    @Test
    void aNumberComputedElsewhereIsCheckedWithoutExpandingIt() {
        assertThat(DecimalInput.checkRange(new BigDecimal("1E+999999999"))).get()
                .extracting(InputProblem::kind).isEqualTo(InputProblemKind.NUMBER_TOO_LARGE);
        assertThat(DecimalInput.checkRange(new BigDecimal("123.456"))).isEmpty();
    }

    @Test
    void theReasonIsInTheReadersLanguage() {
        InputProblem problem = refusal("1e400");
        assertThat(problem.message(Locale.forLanguageTag("ru"))).isEqualTo("«1e400» — слишком большое число: допустимо не больше 15 цифр до запятой");
        assertThat(problem.message(Locale.ENGLISH)).isEqualTo("«1e400» is too large: at most 15 digits before the decimal point");
    }

    @Property(tries = 2000)
    void anyTextIsEitherReadOrRefusedWithAReasonNeverAnException(@ForAll String text) {
        DecimalInput.Result result = DecimalInput.parse(text);
        if (result instanceof DecimalInput.Refused refused) {
            assertThat(refused.problem().english()).isNotBlank().hasSizeLessThan(300);
        } else {
            BigDecimal value = ((DecimalInput.Parsed) result).value();
            assertThat(value.abs()).isLessThan(new BigDecimal("1E15"));
        }
    }

    private static InputProblem refusal(String text) {
        DecimalInput.Result result = DecimalInput.parse(text);
        assertThat(result).isInstanceOf(DecimalInput.Refused.class);
        return ((DecimalInput.Refused) result).problem();
    }
}

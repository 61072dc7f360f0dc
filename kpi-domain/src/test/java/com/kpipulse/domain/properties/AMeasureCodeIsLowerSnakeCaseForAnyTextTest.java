package com.kpipulse.domain.properties;

import com.kpipulse.domain.measure.MeasureCode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The character-by-character check of a measure code accepts exactly what the lower_snake_case pattern accepts. */
class AMeasureCodeIsLowerSnakeCaseForAnyTextTest {

    private static final Pattern LOWER_SNAKE = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");

    @Property(tries = 3000)
    void theCheckAgreesWithThePattern(@ForAll("codeLike") String text) {
        assertThat(MeasureCode.isValid(text)).as("«%s»", text).isEqualTo(LOWER_SNAKE.matcher(text).matches());
    }

    /** Mostly near-codes (letters, digits, underscores), some with capitals, spaces or Cyrillic. */
    @Provide
    Arbitrary<String> codeLike() {
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.strings().withChars("ab9_").ofMinLength(0).ofMaxLength(8)),
                Tuple.of(2, Arbitraries.strings().withChars("aZ0_ я-").ofMinLength(0).ofMaxLength(6)));
    }
}

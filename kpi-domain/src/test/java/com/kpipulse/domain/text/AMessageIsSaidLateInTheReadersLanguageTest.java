package com.kpipulse.domain.text;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.input.InputProblemKind;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message is a kind and its arguments until somebody reads it: then it is said in their language, with names and
 * nested messages in that language too. (That every kind has both sentences is checked over all modules by
 * {@code EveryMessageKindSpeaksBothLanguagesTest} in kpi-adapters.)
 */
class AMessageIsSaidLateInTheReadersLanguageTest {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @Test
    void aMessageIsRenderedInTheReadersLanguageWithItsArguments() {
        Message message = Message.of(InputProblemKind.TEXT_TOO_LONG, 301, 300);
        assertThat(message.in(Locale.ENGLISH)).isEqualTo("the text is too long: 301 characters, at most 300 fit");
        assertThat(message.in(RUSSIAN)).isEqualTo("слишком длинный текст: 301 символов, допустимо не больше 300");
        assertThat(message.in(Locale.GERMAN)).as("a language the product does not speak gets Russian")
                .isEqualTo(message.russian());
        assertThat(message.code()).isEqualTo("input.text_too_long");
    }

    @Test
    void namesAndNestedMessagesAreSaidInTheSameLanguageAsTheirSentence() {
        Message inner = Message.of(InputProblemKind.NOT_A_NUMBER, "12,5О");
        Message outer = Message.of(InputProblemKind.DATE_OUT_OF_RANGE, LocalizedText.of("Выручка", "Revenue"), inner,
                new BigDecimal("1E+3"));
        assertThat(outer.args()).extracting(argument -> argument.getClass().getSimpleName())
                .containsExactly("Localized", "Nested", "Text");
        assertThat(outer.in(RUSSIAN)).startsWith("Выручка вне допустимого диапазона дат: с «12,5О» — не число")
                .endsWith("по 1000");
        assertThat(outer.english()).startsWith("Revenue is outside the dates the product works with: «12,5О» is not a number")
                .endsWith("to 1000");
    }

    @Test
    void aStoredKeyReadsAsItsKindAndAKeyNoKindHasIsNotTakenForOne() {
        assertThat(Message.stored("input.required", List.of())).map(Message::english).contains("a value is required");
        assertThat(Message.stored("import.no_such_kind_any_more", List.of())).isEmpty();
        assertThat(Message.stored(null, List.of())).isEmpty();
    }
}

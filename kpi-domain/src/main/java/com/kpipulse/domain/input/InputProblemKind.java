package com.kpipulse.domain.input;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * What can be wrong with a single value a person or a file sends, before it means anything: too long, not a number,
 * a number out of the range the store keeps, a date outside the window the product works in, characters that are not
 * text. Each kind has its sentence in Russian and English; the arguments are filled in late, in the reader's language.
 */
public enum InputProblemKind {
    REQUIRED("значение обязательно", "a value is required"),
    TEXT_TOO_LONG("слишком длинный текст: {0} символов, допустимо не больше {1}",
            "the text is too long: {0} characters, at most {1} fit"),
    CONTROL_CHARACTER("недопустимый управляющий символ (код {0}) в позиции {1}",
            "a control character (code {0}) at position {1} is not allowed"),
    LONE_SURROGATE("повреждённый символ (непарный суррогат UTF-16) в позиции {0}",
            "a broken character (an unpaired UTF-16 surrogate) at position {0}"),
    NUMBER_TOO_LONG("«{0}» — слишком длинная запись числа: {1} символов, допустимо не больше {2}",
            "«{0}» is too long for a number: {1} characters, at most {2}"),
    NOT_A_NUMBER("«{0}» — не число: ожидаются цифры с необязательной десятичной точкой, например 1234.50",
            "«{0}» is not a number: expected digits with an optional decimal point, e.g. 1234.50"),
    NUMBER_TOO_LARGE("«{0}» — слишком большое число: допустимо не больше {1} цифр до запятой",
            "«{0}» is too large: at most {1} digits before the decimal point"),
    NUMBER_TOO_SMALL("«{0}» — слишком маленькое число: хранятся {1} знаков после запятой, оно стало бы нулём",
            "«{0}» is too small: values keep {1} decimal places, it would become zero"),
    NOT_A_DATE("«{0}» — не дата: ожидается ГГГГ-ММ-ДД, например 2026-01-05",
            "«{0}» is not a date: expected YYYY-MM-DD, e.g. 2026-01-05"),
    DATE_OUT_OF_RANGE("{0} вне допустимого диапазона дат: с {1} по {2}",
            "{0} is outside the dates the product works with: {1} to {2}");

    private final String ru;
    private final String en;

    InputProblemKind(String ru, String en) {
        this.ru = ru;
        this.en = en;
    }

    /** The sentence in the reader's language (English when the locale's language is "en", Russian otherwise). */
    String render(Locale locale, Object... args) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return new MessageFormat((english ? en : ru).replace("'", "''"), english ? Locale.ENGLISH : Locale.forLanguageTag("ru"))
                .format(args);
    }
}

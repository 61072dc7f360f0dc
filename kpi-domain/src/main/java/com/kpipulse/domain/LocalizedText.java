package com.kpipulse.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * A sentence a person reads, in Russian (the default) and English.
 */
public record LocalizedText(String ru, String en) {

    public LocalizedText {
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String ru, String en) {
        return new LocalizedText(ru, en);
    }

    /** What {@code writer} writes in Russian and in English: a figure or a period, written the way each language does. */
    public static LocalizedText written(Function<Locale, String> writer) {
        return of(writer.apply(Locale.forLanguageTag("ru")), writer.apply(Locale.ENGLISH));
    }

    /** English when the locale's language is "en", Russian otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : ru;
    }

    @Override
    public String toString() {
        return en;
    }
}

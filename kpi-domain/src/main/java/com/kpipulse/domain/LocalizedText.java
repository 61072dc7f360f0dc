package com.kpipulse.domain;

import java.util.Locale;
import java.util.Objects;

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

    /** English when the locale's language is "en", Russian otherwise. */
    public String in(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? en : ru;
    }

    @Override
    public String toString() {
        return en;
    }
}

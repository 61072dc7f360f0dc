package com.kpipulse.web.text;

import com.kpipulse.web.page.Ui;

import com.kpipulse.domain.LocalizedText;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.Locale;
import java.util.function.Function;

/**
 * The web's texts from its message bundles ({@code @MessageBundle} interfaces, English in
 * {@code messages/*_en.properties}): in the reader's language for a page, or in both for an API answer and for a
 * problem a page and the API share. Nothing here chooses a language: the bundle of the locale's language is asked
 * ({@link Ui#locale} decides the reader's).
 */
public final class Bundles {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private Bundles() {
    }

    /** The bundle's texts in the language of {@code locale}. */
    public static <B> B of(Class<B> bundle, Locale locale) {
        return MessageBundles.get(bundle, Localized.Literal.of(locale.getLanguage()));
    }

    /** One text of a bundle in Russian and in English, to be said in whichever the reader reads. */
    public static <B> LocalizedText both(Class<B> bundle, Function<B, String> text) {
        return LocalizedText.of(text.apply(of(bundle, RUSSIAN)), text.apply(of(bundle, Locale.ENGLISH)));
    }
}

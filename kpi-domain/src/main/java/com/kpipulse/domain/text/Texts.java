package com.kpipulse.domain.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts bundle of the product's messages: Russian in {@code texts.properties} (the default language), English in
 * {@code texts_en.properties}, both UTF-8, arguments as {@code {0}}, {@code {1}} (a literal apostrophe is written
 * {@code ''}). Plain JDK resource bundles, so every layer can render a {@link Message} late, in the reader's language.
 */
public final class Texts {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final String BUNDLE = "com.kpipulse.domain.text.texts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    /** The sentence of {@code key} in the reader's language (English for "en", Russian otherwise). */
    public static String render(String key, Locale locale, Object... args) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String pattern = bundle(english).getString(key);
        return new MessageFormat(pattern, english ? Locale.ENGLISH : RUSSIAN).format(args);
    }

    private static ResourceBundle bundle(boolean english) {
        return ResourceBundle.getBundle(BUNDLE, english ? Locale.ENGLISH : Locale.ROOT, Texts.class.getClassLoader(),
                NO_FALLBACK);
    }

    /**
     * The text of {@code key} as it stands, not filled in: a date pattern, a separator ({@link Notation}).
     */
    public static String pattern(String key, Locale locale) {
        return bundle(language(locale) == Locale.ENGLISH).getString(key);
    }

    /**
     * The language the product speaks to a reader of {@code locale}: English for "en", Russian for anything else, as
     * {@link #render} chooses its file. Figures and dates ask here which separators and month names to use.
     */
    public static Locale language(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? Locale.ENGLISH : RUSSIAN;
    }
}

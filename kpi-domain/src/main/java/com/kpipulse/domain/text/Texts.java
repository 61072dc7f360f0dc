package com.kpipulse.domain.text;

import java.text.DateFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.TimeZone;

/**
 * The texts bundle of the product's messages, one for every module: Russian in {@code texts.properties} (the default
 * language), English in {@code texts_en.properties}, both UTF-8 in this package, arguments as {@code {0}}, {@code {1}}
 * (a literal apostrophe is written {@code ''}). Plain JDK resource bundles, so every layer can render a
 * {@link Message} late, in the reader's language, and a key read back from a store means the same sentence anywhere.
 * <p>
 * Arguments are text. A pattern that formats one as a date ({@code {1,date,dd.MM.yyyy}}) reads it as an ISO day
 * ({@code 2024-01-15}), so each language writes a day its own way.
 */
public final class Texts {

    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final String BUNDLE = "com.kpipulse.domain.text.texts";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    private Texts() {
    }

    /** The sentence of {@code key} in the reader's language (English for "en", Russian otherwise). */
    public static String render(String key, Locale locale, Object... args) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        String pattern = bundle(english).getString(key);
        MessageFormat format = new MessageFormat(pattern, english ? Locale.ENGLISH : RUSSIAN);
        return format.format(datesRead(format, args));
    }

    /** Whether some kind of message has {@code key} (in the default language's file). */
    public static boolean knows(String key) {
        return bundle(false).containsKey(key);
    }

    /** The arguments, with those the pattern formats as dates read as ISO days. */
    private static Object[] datesRead(MessageFormat format, Object[] args) {
        Format[] formats = format.getFormatsByArgumentIndex();
        Object[] read = args;
        for (int i = 0; i < formats.length && i < args.length; i++) {
            if (formats[i] instanceof DateFormat dateFormat && args[i] instanceof String text) {
                try {
                    LocalDate day = LocalDate.parse(text);
                    if (read == args) {
                        read = args.clone();
                    }
                    read[i] = Date.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
                    dateFormat.setTimeZone(UTC);
                } catch (DateTimeParseException notADay) {
                    // said as it is written
                }
            }
        }
        return read;
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

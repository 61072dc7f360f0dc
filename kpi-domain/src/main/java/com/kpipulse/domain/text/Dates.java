package com.kpipulse.domain.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Days as the reader writes them ({@link Notation#DATE}, {@link Notation#DAY_MONTH}): {@code 23.11.2026} and
 * {@code 22.11} in Russian; ISO {@code 2026-11-23}, which no English reader misreads (11/12 is November in one country
 * and December in another), and {@code 22 Nov} in English.
 */
public final class Dates {

    private Dates() {
    }

    public static String date(LocalDate day, Locale locale) {
        return format(day, Notation.DATE, locale);
    }

    /** A day whose year goes without saying ("data up to", the days of a week). */
    public static String dayMonth(LocalDate day, Locale locale) {
        return format(day, Notation.DAY_MONTH, locale);
    }

    /** A month and its year: {@code ноябрь 2026}, {@code November 2026}. */
    public static String month(LocalDate day, Locale locale) {
        return format(day, Notation.MONTH, locale);
    }

    private static String format(LocalDate day, Notation pattern, Locale locale) {
        Locale language = Texts.language(locale);
        return day.format(DateTimeFormatter.ofPattern(pattern.in(language), language));
    }
}

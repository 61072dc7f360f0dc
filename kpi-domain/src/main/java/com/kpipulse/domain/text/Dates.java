package com.kpipulse.domain.text;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Days as the reader writes them ({@link Notation#DATE}, {@link Notation#DAY_MONTH}): {@code 23.11.2026} and
 * {@code 22.11} in Russian; ISO {@code 2026-11-23}, which no English reader misreads (11/12 is November in one country
 * and December in another), and {@code 22 Nov} in English. A run of days, as a week's, is said with the month by name
 * and the year once: {@code 23–29 ноября 2026}, {@code 23–29 Nov 2026}.
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

    /**
     * The days from {@code first} to {@code last} with the month named and the year said once: {@code 23–29 ноября 2026},
     * {@code 27 октября – 2 ноября 2026}, {@code 29 декабря 2025 – 4 января 2026} ({@code 23–29 Nov 2026},
     * {@code 27 Oct – 2 Nov 2026} in English).
     */
    public static String days(LocalDate first, LocalDate last, Locale locale) {
        String end = format(last, Notation.DATE_WITH_MONTH_NAME, locale);
        if (first.getYear() != last.getYear()) {
            return Texts.render(Notation.DAYS_ACROSS_MONTHS.key(), locale,
                    format(first, Notation.DATE_WITH_MONTH_NAME, locale), end);
        }
        if (first.getMonth() != last.getMonth()) {
            return Texts.render(Notation.DAYS_ACROSS_MONTHS.key(), locale,
                    format(first, Notation.DAY_AND_MONTH_NAME, locale), end);
        }
        return Texts.render(Notation.DAYS_OF_ONE_MONTH.key(), locale, Integer.toString(first.getDayOfMonth()), end);
    }

    private static String format(LocalDate day, Notation pattern, Locale locale) {
        Locale language = Texts.language(locale);
        return day.format(DateTimeFormatter.ofPattern(pattern.in(language), language));
    }
}

package com.kpipulse.domain.text;

import java.util.Locale;

/**
 * How each language writes figures, dates and periods: separators, units, date patterns and period names, in the texts
 * bundle beside the sentences (key {@code notation.<kind>}), so that one file per language holds everything a reader
 * of that language sees. {@link com.kpipulse.domain.evaluation.Figures}, {@link Dates} and
 * {@link com.kpipulse.domain.period.Period} read them; the web's formats go through those.
 */
public enum Notation implements MessageKind {
    /** The decimal separator: {@code ,} or {@code .}. */
    DECIMAL_SEPARATOR,
    /** The thousands separator: a non-breaking space or {@code ,}. */
    GROUPING_SEPARATOR,
    /** {0}: the digits of a percentage. */
    PERCENT,
    /** {0}: the digits of a difference of two rates. */
    POINTS,
    /** {0}: the digits of seconds. */
    SECONDS,
    /** {0}: the digits of minutes. */
    MINUTES,
    /** {0}: the digits of an amount, {1}: its currency's code. */
    MONEY,
    /** {0}: the digits of an amount in roubles. */
    MONEY_RUB,
    /** The pattern of a day ({@link java.time.format.DateTimeFormatter}). */
    DATE,
    /** The pattern of a day whose year goes without saying. */
    DAY_MONTH,
    /** The pattern of a month. */
    MONTH,
    /** The pattern of a day with its month by name, whose year is said once after it ("23 ноября", "23 Nov"). */
    DAY_AND_MONTH_NAME,
    /** The pattern of a day with its month by name and its year ("29 ноября 2026", "29 Nov 2026"). */
    DATE_WITH_MONTH_NAME,
    /** {0}: the first day's number, {1}: the last day with its month and year, both in one month. */
    DAYS_OF_ONE_MONTH,
    /** {0}, {1}: the first and the last day of days that run into another month (or year). */
    DAYS_ACROSS_MONTHS,
    /** {0}: the week's number, {1}: its days ({@link Dates#days}). */
    WEEK,
    /**
     * {0}: the week's number, {1}: its days, after "for" inside a sentence ("за неделю" in Russian), the days in
     * brackets so that the sentence reads on after them.
     */
    WEEK_AS_OBJECT,
    /** {0}: the quarter's number, {1}: its year. */
    QUARTER,
    /** {0}, {1}: the first and the last day of a span. */
    SPAN,
    /** Figures of some channels only (the page around says which). */
    CHOSEN_CHANNELS,
    /** Figures of some campaigns only. */
    CHOSEN_CAMPAIGNS;

    @Override
    public String key() {
        return "notation." + name().toLowerCase(Locale.ROOT);
    }

    /** The text as it stands in the reader's language (a pattern or a separator). */
    public String in(Locale locale) {
        return Texts.pattern(key(), locale);
    }
}

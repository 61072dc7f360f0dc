package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.text.Notation;
import com.kpipulse.domain.text.Texts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Figures as the reader writes them, the one way the product writes a number, in a table and inside a sentence alike
 * ("Факт 1,8 % при плане 2,0 %"): {@code 1 234 567,89 ₽}, {@code 25,3 %}, {@code +1,2 п.п.} in Russian (non-breaking
 * spaces), {@code RUB 1,234,567.89}, {@code 25.3%}, {@code +1.2 pp} in English; separators and units come from the
 * texts bundle ({@link Notation}). Rounding happens here, at presentation, and nowhere in the calculations; a figure
 * that rounds to zero is zero, never "−0,0", and has no sign.
 */
public final class Figures {

    private static final Currency RUB = Currency.getInstance("RUB");
    private static final char MINUS = '−';
    private static final Map<Locale, DecimalFormatSymbols> SYMBOLS = new ConcurrentHashMap<>();

    private Figures() {
    }

    /**
     * A value in its unit: money with kopecks (without a currency, the bare amount with up to two decimals), rates as
     * percentages, counts and
     * points with up to one decimal, durations with theirs.
     */
    public static String format(BigDecimal value, Unit unit, Optional<Currency> currency, Locale locale) {
        return switch (unit) {
            case PERCENT -> percent(value, locale);
            case MONEY -> currency.map(code -> money(value, code, locale)).orElseGet(() -> number(value, 2, locale));
            case SECONDS -> Texts.render(Notation.SECONDS.key(), locale, number(value, 1, locale));
            case MINUTES -> Texts.render(Notation.MINUTES.key(), locale, number(value, 1, locale));
            case COUNT, POINTS -> number(value, 1, locale);
        };
    }

    /**
     * A value said roughly, as an expected total or a usual day is: money in whole units ({@code 1 234 568 ₽}), counts
     * whole from 10 up and with one decimal below ({@code 1 180}, {@code 2,4}), durations and percentages as
     * {@link #format} writes them.
     */
    public static String roughly(BigDecimal value, Unit unit, Optional<Currency> currency, Locale locale) {
        return switch (unit) {
            case MONEY -> currency.map(code -> money(value, code, 0, locale)).orElseGet(() -> number(value, 0, locale));
            case COUNT, POINTS -> number(value, value.abs().compareTo(BigDecimal.TEN) < 0 ? 1 : 0, locale);
            case PERCENT, SECONDS, MINUTES -> format(value, unit, currency, locale);
        };
    }

    /**
     * A count of things (orders, customers, leads, visits, clicks) as a whole number, rounded half up: a plan shaped
     * over days and channels may hold 12.43 orders, but a person is told of 12.
     */
    public static String count(BigDecimal value, Locale locale) {
        return number(value, 0, locale);
    }

    /** {@code 1 234 567,89 ₽} or {@code RUB 1,234,567.89}: money always with its two decimals. */
    public static String money(BigDecimal amount, Currency currency, Locale locale) {
        return money(amount, currency, 2, locale);
    }

    /** Money with {@code decimals} decimals: {@code 51 800 000 ₽} for a large amount said roughly. */
    public static String money(BigDecimal amount, Currency currency, int decimals, Locale locale) {
        String digits = fixed(amount, decimals, locale);
        return currency.equals(RUB) ? Texts.render(Notation.MONEY_RUB.key(), locale, digits)
                : Texts.render(Notation.MONEY.key(), locale, digits, currency.getCurrencyCode());
    }

    /** A fraction as a percentage with one decimal: 0.0183 is {@code 1,8 %} ({@code 1.8%} in English). */
    public static String percent(BigDecimal fraction, Locale locale) {
        return Texts.render(Notation.PERCENT.key(), locale, fixed(fraction.movePointRight(2), 1, locale));
    }

    /** A fraction as a percentage with up to {@code decimals} decimals: 0.874 is {@code 87 %} with none. */
    public static String percent(BigDecimal fraction, int decimals, Locale locale) {
        return Texts.render(Notation.PERCENT.key(), locale, number(fraction.movePointRight(2), decimals, locale));
    }

    /** A change as a signed percentage: 0.047 is {@code +4,7 %}, a change that rounds to zero {@code 0,0 %}. */
    public static String signedPercent(BigDecimal fraction, Locale locale) {
        BigDecimal shown = rounded(fraction.movePointRight(2), 1);
        return sign(shown) + Texts.render(Notation.PERCENT.key(), locale, fixed(shown.abs(), 1, locale));
    }

    /** A difference of two rates in percentage points: 0.012 is {@code +1,2 п.п.}, one that rounds to zero {@code 0,0 п.п.}. */
    public static String signedPoints(BigDecimal fraction, Locale locale) {
        BigDecimal shown = rounded(fraction.movePointRight(2), 1);
        return sign(shown) + Texts.render(Notation.POINTS.key(), locale, fixed(shown.abs(), 1, locale));
    }

    /** Whether a change shows as zero once rounded to the one decimal of {@link #signedPercent} and {@link #signedPoints}. */
    public static boolean showsAsNoChange(BigDecimal fraction) {
        return rounded(fraction.movePointRight(2), 1).signum() == 0;
    }

    /** Up to {@code maxDecimals} decimals, trailing zeros dropped: {@code 1 234 567} or {@code 1,234.5}. */
    public static String number(BigDecimal value, int maxDecimals, Locale locale) {
        var format = new DecimalFormat("#,##0" + (maxDecimals > 0 ? "." + "#".repeat(maxDecimals) : ""), symbols(locale));
        return format.format(rounded(value, maxDecimals));
    }

    /** Exactly {@code decimals} decimals: {@code 1 234,50}. */
    public static String fixed(BigDecimal value, int decimals, Locale locale) {
        var format = new DecimalFormat("#,##0" + (decimals > 0 ? "." + "0".repeat(decimals) : ""), symbols(locale));
        return format.format(rounded(value, decimals));
    }

    /** The value rounded for display; a value that rounds to zero is a plain zero, so it never shows a minus. */
    private static BigDecimal rounded(BigDecimal value, int decimals) {
        BigDecimal shown = value.setScale(decimals, RoundingMode.HALF_UP);
        return shown.signum() == 0 ? shown.abs() : shown;
    }

    private static String sign(BigDecimal shown) {
        return shown.signum() > 0 ? "+" : shown.signum() < 0 ? String.valueOf(MINUS) : "";
    }

    /** The language's separators and the real minus sign (a format copies them, so one set per language serves all). */
    private static DecimalFormatSymbols symbols(Locale locale) {
        return SYMBOLS.computeIfAbsent(Texts.language(locale), language -> {
            var symbols = DecimalFormatSymbols.getInstance(language);
            symbols.setGroupingSeparator(Notation.GROUPING_SEPARATOR.in(language).charAt(0));
            symbols.setDecimalSeparator(Notation.DECIMAL_SEPARATOR.in(language).charAt(0));
            symbols.setMinusSign(MINUS);
            return symbols;
        });
    }
}

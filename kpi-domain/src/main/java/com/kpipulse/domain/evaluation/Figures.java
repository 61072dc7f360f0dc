package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.measure.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers inside readable reasons ("conversion 1.8 % against a target of 2.0 %"). Rounding happens
 * here, at presentation, and nowhere in the calculations.
 */
public final class Figures {

    private Figures() {
    }

    public static String format(BigDecimal value, Unit unit, Optional<Currency> currency, Locale locale) {
        return switch (unit) {
            case PERCENT -> percent(value, locale);
            case MONEY -> number(value, 2, locale) + currency.map(code -> " " + code.getCurrencyCode()).orElse("");
            case SECONDS -> number(value, 1, locale) + (english(locale) ? " s" : " с");
            case MINUTES -> number(value, 1, locale) + (english(locale) ? " min" : " мин");
            case COUNT, POINTS -> number(value, 2, locale);
        };
    }

    /** 0.0183 becomes "1.8 %" ("1,8 %" in Russian). */
    public static String percent(BigDecimal fraction, Locale locale) {
        return number(fraction.movePointRight(2), 1, locale) + " %";
    }

    /** 0.047 becomes "+4.7 %". */
    public static String signedPercent(BigDecimal fraction, Locale locale) {
        return (fraction.signum() >= 0 ? "+" : "") + percent(fraction, locale);
    }

    public static String number(BigDecimal value, int maxDecimals, Locale locale) {
        var symbols = DecimalFormatSymbols.getInstance(english(locale) ? Locale.ENGLISH : Locale.forLanguageTag("ru"));
        symbols.setGroupingSeparator(' ');
        var format = new DecimalFormat("#,##0." + "#".repeat(Math.max(1, maxDecimals)), symbols);
        return format.format(value.setScale(maxDecimals, RoundingMode.HALF_UP));
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}

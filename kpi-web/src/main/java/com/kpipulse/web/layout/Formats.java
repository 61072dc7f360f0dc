package com.kpipulse.web.layout;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Unit;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers, money and dates as the reader writes them. Russian: {@code 1 234 567,89 ₽}, {@code 25,3 %},
 * {@code 23.11.2026} (non-breaking spaces). English: {@code RUB 1,234,567.89}, {@code 25.3%} and ISO dates
 * {@code 2026-11-23}, which no English reader misreads (11/12 is November in one country and December in another).
 * Rounding happens here, for display only. Templates use the extensions; the locale comes from the template
 * instance ({@link Ui#page}).
 */
public final class Formats {

    private static final char NBSP = '\u00A0';
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Currency RUB = Currency.getInstance("RUB");
    private static final String NONE = "—";
    /** Times are shown on the company's clock. */
    public static final ZoneId COMPANY_ZONE = ZoneId.of("Europe/Moscow");

    private Formats() {
    }

    // --- template extensions ------------------------------------------------------------------------------------

    /** A KPI value in its unit; a dash when there is none (the reason goes in a title). */
    @TemplateExtension
    public static String display(KpiValue value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return value instanceof KpiValue.Known known ? value(known, localeOf(locale)) : NONE;
    }

    /** Why a KPI has no value, or "" when it has one. */
    @TemplateExtension
    public static String reason(KpiValue value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return value instanceof KpiValue.None none ? none.reason(localeOf(locale)) : "";
    }

    @TemplateExtension
    public static String text(LocalizedText text, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return text.in(localeOf(locale));
    }

    /** A fraction as a percentage: 0.253 is 25,3 %. */
    @TemplateExtension(matchName = "percent")
    public static String percentOf(BigDecimal fraction, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return percent(fraction, localeOf(locale));
    }

    @TemplateExtension(matchName = "signedPercent")
    public static String signedPercentOf(BigDecimal fraction, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return signed(fraction, percent(fraction.abs(), localeOf(locale)));
    }

    /** A difference of two rates in percentage points: 0.012 is +1,2 п.п. */
    @TemplateExtension(matchName = "signedPoints")
    public static String signedPointsOf(BigDecimal fraction, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        Locale l = localeOf(locale);
        return signed(fraction, fixed(fraction.abs().movePointRight(2), 1, l) + (english(l) ? " pp" : NBSP + "п.п."));
    }

    /** A plain figure with up to two decimals, e.g. a weekly target: {@code 1 234 567,5}. */
    @TemplateExtension(matchName = "amount")
    public static String amountOf(BigDecimal value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return number(value, 2, localeOf(locale));
    }

    @TemplateExtension(matchName = "date")
    public static String dateOf(LocalDate day, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return date(day, localeOf(locale));
    }

    /** {@code 23.11.2026 10:15} or {@code 2026-11-23 10:15}, on the company's clock; a dash when unknown. */
    @TemplateExtension(matchName = "when")
    public static String whenOf(Instant at, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (at == null) {
            return NONE;
        }
        var local = at.atZone(COMPANY_ZONE);
        return date(local.toLocalDate(), localeOf(locale)) + " " + DateTimeFormatter.ofPattern("HH:mm").format(local);
    }

    @TemplateExtension(matchName = "dayMonth")
    public static String dayMonthOf(LocalDate day, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return dayMonth(day, localeOf(locale));
    }

    // --- plain formatting -----------------------------------------------------------------------------------------

    public static String value(KpiValue.Known value, Locale locale) {
        return number(value.value(), value.unit(), value.currency(), locale);
    }

    public static String number(BigDecimal value, Unit unit, Optional<Currency> currency, Locale locale) {
        return switch (unit) {
            case MONEY -> money(value, currency.orElse(RUB), locale);
            case PERCENT -> percent(value, locale);
            case SECONDS -> number(value, 1, locale) + (english(locale) ? " s" : NBSP + "с");
            case MINUTES -> number(value, 1, locale) + (english(locale) ? " min" : NBSP + "мин");
            case COUNT, POINTS -> number(value, 1, locale);
        };
    }

    /** {@code 1 234 567,89 ₽} or {@code RUB 1,234,567.89}. */
    public static String money(BigDecimal amount, Currency currency, Locale locale) {
        String digits = fixed(amount, 2, locale);
        if (english(locale)) {
            return currency.getCurrencyCode() + NBSP + digits;
        }
        return digits + NBSP + (currency.equals(RUB) ? "₽" : currency.getCurrencyCode());
    }

    /** 0.253 is {@code 25,3 %} or {@code 25.3%}. */
    public static String percent(BigDecimal fraction, Locale locale) {
        String digits = fixed(fraction.movePointRight(2), 1, locale);
        return english(locale) ? digits + "%" : digits + NBSP + "%";
    }

    /** Up to {@code maxDecimals} decimals, trailing zeros dropped: {@code 1 234 567} or {@code 1,234.5}. */
    public static String number(BigDecimal value, int maxDecimals, Locale locale) {
        var format = new DecimalFormat("#,##0" + (maxDecimals > 0 ? "." + "#".repeat(maxDecimals) : ""), symbols(locale));
        return format.format(value.setScale(maxDecimals, RoundingMode.HALF_UP));
    }

    /** {@code 23.11.2026} or {@code 2026-11-23}. */
    public static String date(LocalDate day, Locale locale) {
        return english(locale) ? day.toString() : day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    /** {@code 22.11} or {@code 22 Nov}: for "data up to" where the year is obvious. */
    public static String dayMonth(LocalDate day, Locale locale) {
        return english(locale) ? day.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH))
                : day.format(DateTimeFormatter.ofPattern("dd.MM"));
    }

    private static String fixed(BigDecimal value, int decimals, Locale locale) {
        var format = new DecimalFormat("#,##0." + "0".repeat(decimals), symbols(locale));
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    private static DecimalFormatSymbols symbols(Locale locale) {
        var symbols = DecimalFormatSymbols.getInstance(english(locale) ? Locale.ENGLISH : RUSSIAN);
        symbols.setGroupingSeparator(english(locale) ? ',' : NBSP);
        symbols.setDecimalSeparator(english(locale) ? '.' : ',');
        symbols.setMinusSign('−');
        return symbols;
    }

    private static String signed(BigDecimal value, String magnitude) {
        return (value.signum() > 0 ? "+" : value.signum() < 0 ? "−" : "±") + magnitude;
    }

    private static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    public static Locale localeOf(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? RUSSIAN : Locale.forLanguageTag(attribute.toString());
    }
}

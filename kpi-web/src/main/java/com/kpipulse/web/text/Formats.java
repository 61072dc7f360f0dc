package com.kpipulse.web.text;

import com.kpipulse.web.page.Ui;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.text.Dates;
import io.quarkus.qute.TemplateExtension;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * Numbers, money and dates on pages, as the reader writes them: Russian {@code 1 234 567,89 ₽}, {@code 25,3 %},
 * {@code 23.11.2026} (non-breaking spaces); English {@code RUB 1,234,567.89}, {@code 25.3%} and ISO dates
 * {@code 2026-11-23}. The writing itself is the domain's ({@link Figures}, {@link Dates}, with each language's
 * separators, units and patterns in the texts bundle), so a figure in a table and the same figure in a sentence of
 * the domain read alike; this class adds the template extensions and a dash for what is unknown. Templates use the
 * extensions; the locale comes from the template instance ({@link Ui#page}).
 */
public final class Formats {

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

    /** A change as a signed percentage: 0.047 is +4,7 %, a change that rounds to zero 0,0 %. */
    @TemplateExtension(matchName = "signedPercent")
    public static String signedPercentOf(BigDecimal fraction, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Figures.signedPercent(fraction, localeOf(locale));
    }

    /** A difference of two rates in percentage points: 0.012 is +1,2 п.п., a difference that rounds to zero 0,0 п.п. */
    @TemplateExtension(matchName = "signedPoints")
    public static String signedPointsOf(BigDecimal fraction, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Figures.signedPoints(fraction, localeOf(locale));
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

    /** A figure in its unit; money without a currency is taken to be roubles (the pages' figures always have one). */
    public static String number(BigDecimal value, Unit unit, Optional<Currency> currency, Locale locale) {
        return Figures.format(value, unit, unit == Unit.MONEY ? currency.or(() -> Optional.of(RUB)) : currency, locale);
    }

    /**
     * A figure said roughly, as an expected total is: money in whole units ({@code 1 234 568 ₽}), counts whole from 10
     * up; percentages and durations as {@link #number(BigDecimal, Unit, Optional, Locale)} writes them.
     */
    public static String roughly(BigDecimal value, Unit unit, Optional<Currency> currency, Locale locale) {
        return Figures.roughly(value, unit, unit == Unit.MONEY ? currency.or(() -> Optional.of(RUB)) : currency, locale);
    }

    /**
     * A difference of two rates in percentage points, signed: 0.012 is {@code +1,2 п.п.} or {@code +1.2 pp}, −0.012
     * {@code −1,2 п.п.}; one that rounds to zero {@code 0,0 п.п.}.
     */
    public static String signedPoints(BigDecimal fraction, Locale locale) {
        return Figures.signedPoints(fraction, locale);
    }

    /** {@code 1 234 567,89 ₽} or {@code RUB 1,234,567.89}. */
    public static String money(BigDecimal amount, Currency currency, Locale locale) {
        return Figures.money(amount, currency, locale);
    }

    /** 0.253 is {@code 25,3 %} or {@code 25.3%}. */
    public static String percent(BigDecimal fraction, Locale locale) {
        return Figures.percent(fraction, locale);
    }

    /** Up to {@code maxDecimals} decimals, trailing zeros dropped: {@code 1 234 567} or {@code 1,234.5}. */
    public static String number(BigDecimal value, int maxDecimals, Locale locale) {
        return Figures.number(value, maxDecimals, locale);
    }

    /** {@code 23.11.2026} or {@code 2026-11-23}. */
    public static String date(LocalDate day, Locale locale) {
        return Dates.date(day, locale);
    }

    /** {@code 22.11} or {@code 22 Nov}: for "data up to" where the year is obvious. */
    public static String dayMonth(LocalDate day, Locale locale) {
        return Dates.dayMonth(day, locale);
    }

    /** {@code 23–29 ноября 2026} or {@code 23–29 Nov 2026}: a run of days, such as a week's, with the year once. */
    public static String days(LocalDate first, LocalDate last, Locale locale) {
        return Dates.days(first, last, locale);
    }

    public static Locale localeOf(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return attribute == null ? RUSSIAN : Locale.forLanguageTag(attribute.toString());
    }
}

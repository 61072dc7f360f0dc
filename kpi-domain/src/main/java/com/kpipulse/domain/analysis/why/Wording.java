package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.text.Texts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures and names of the evidence, each in both languages, written the one way the product writes figures
 * ({@link Figures}): shares and changes as percentages, rates as percentages and points, money without kopecks from a
 * thousand up (a head repeats «−540 000 ₽», not the kopecks), counts as whole numbers (a plan shaped over days and
 * channels may hold 12.43 orders; the head repeats «12»). The figures behind the words keep every digit.
 */
final class Wording {

    private static final Locale ENGLISH = Locale.ENGLISH;
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final String MINUS = "−";

    private final Optional<Currency> currency;

    Wording(Optional<Currency> currency) {
        this.currency = currency;
    }

    static LocalizedText both(Function<Locale, String> text) {
        return LocalizedText.of(text.apply(Texts.RUSSIAN), text.apply(ENGLISH));
    }

    /** 0.8 as «80,0 %». */
    LocalizedText share(double share) {
        return both(locale -> Figures.percent(BigDecimal.valueOf(share), locale));
    }

    LocalizedText value(BigDecimal value, Unit unit) {
        return both(locale -> value(value, unit, locale));
    }

    /** The change from {@code reference} to {@code actual} in percent, or in the unit when the reference is 0. */
    LocalizedText change(BigDecimal reference, BigDecimal actual, Unit unit) {
        if (reference.signum() == 0) {
            return amount(actual.subtract(reference), unit);
        }
        BigDecimal relative = actual.subtract(reference).divide(reference.abs(), MathContext.DECIMAL64);
        return both(locale -> Figures.signedPercent(relative, locale));
    }

    /** A signed amount in the unit: «−540 000 ₽», «+1,2 п.п.». */
    LocalizedText amount(BigDecimal change, Unit unit) {
        if (unit == Unit.PERCENT) {
            return both(locale -> Figures.signedPoints(change, locale));
        }
        return both(locale -> {
            String digits = value(change.abs(), unit, locale);
            boolean zero = digits.chars().noneMatch(c -> c >= '1' && c <= '9');
            return zero ? digits : (change.signum() < 0 ? MINUS : "+") + digits;
        });
    }

    /** How far a figure usually moves in one period: {@code spreads} of its noise. */
    LocalizedText band(Noise noise, double spreads, Unit unit) {
        double width = noise.spread() * spreads;
        if (noise.relative()) {
            return both(locale -> Figures.percent(BigDecimal.valueOf(Math.expm1(width)), locale));
        }
        return value(BigDecimal.valueOf(width), unit);
    }

    /** «VK Реклама», «VK Реклама и Яндекс Директ», «A, B и C». */
    static LocalizedText names(List<LocalizedText> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return both(locale -> {
            String head = names.subList(0, names.size() - 1).stream().map(name -> name.in(locale))
                    .collect(Collectors.joining(", "));
            return Texts.render(WhySentence.TWO_NAMES.key(), locale, head, names.getLast().in(locale));
        });
    }

    private String value(BigDecimal value, Unit unit, Locale locale) {
        if (unit == Unit.COUNT) {
            return Figures.count(value, locale);
        }
        if (unit == Unit.MONEY && currency.isPresent() && value.abs().compareTo(THOUSAND) >= 0) {
            return Figures.money(value, currency.get(), 0, locale);
        }
        return Figures.format(value, unit, currency, locale);
    }
}

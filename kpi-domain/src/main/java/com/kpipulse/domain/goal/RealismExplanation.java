package com.kpipulse.domain.goal;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The realism check's verdict as a message ({@link GoalMessageKind}), its figures written in each language: the target against the current pace (and the same
 * periods a year earlier, with a season), then how often the history changed as much over as long a stretch.
 * Figures are written in the KPI's unit: totals of counts as whole numbers, money without kopecks once it is in the
 * thousands, rates as percentages and their differences in percentage points.
 *
 * @param additive whether the KPI is a total over its days rather than a level
 * @param horizon  the goal's length in periods of the history's {@code grain}
 * @param relative whether changes are growth rates rather than differences
 * @param seasonal whether the target was judged against the same periods a year earlier
 * @param target   the target as a figure: the total to reach, or the level
 * @param currency the currency of the KPI's history, for money
 */
record RealismExplanation(KpiDefinition kpi, boolean additive, Grain grain, int horizon, boolean relative,
                          boolean seasonal, BigDecimal target, Optional<Currency> currency) {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;

    /** Why a target cannot be judged: fewer past changes than the check needs. */
    static Message notEnough(KpiDefinition kpi, int changes) {
        return Message.of(GoalMessageKind.REALISM_NOT_ENOUGH_HISTORY, name(kpi), changes, HistoryStretches.MIN_CHANGES);
    }

    /**
     * The verdict explained: the premise (target, current pace, the same periods a year earlier), then the verdict
     * with how often the history changed as much over {@code stretch} periods.
     */
    Message explain(RealismAssessment.Verdict verdict, BigDecimal pace, Optional<BigDecimal> lastYear,
                    int stretch, double needed, int achieved, int observed, double best) {
        Message premise = premise(pace, lastYear);
        LocalizedText over = span(stretch);
        Optional<Message> need = lastYear.map(before -> Message.of(
                grain == Grain.WEEK ? GoalMessageKind.REALISM_NEED_WEEKS : GoalMessageKind.REALISM_NEED_PERIODS,
                change(target.doubleValue() / before.doubleValue() - 1)));
        Object scaled = stretch == horizon ? ""
                : Message.of(GoalMessageKind.REALISM_SCALED, span(horizon), over, change(needed));
        return switch (verdict) {
            case TOO_EASY -> Message.of(kpi.direction() != Direction.HIGHER_IS_BETTER
                    ? GoalMessageKind.REALISM_TOO_EASY_ALREADY
                    : seasonal ? GoalMessageKind.REALISM_TOO_EASY_SEASONAL : GoalMessageKind.REALISM_TOO_EASY, premise);
            case TYPICAL -> need.map(those -> Message.of(GoalMessageKind.REALISM_TYPICAL_SEASONAL,
                            premise, over, achieved, observed, scaled, those))
                    .orElseGet(() -> Message.of(GoalMessageKind.REALISM_TYPICAL, premise, over, achieved, observed, scaled));
            case AMBITIOUS_BUT_SEEN_BEFORE -> need.map(those -> Message.of(GoalMessageKind.REALISM_AMBITIOUS_SEASONAL,
                            premise, over, achieved, observed, scaled, change(best), those))
                    .orElseGet(() -> Message.of(GoalMessageKind.REALISM_AMBITIOUS,
                            premise, over, achieved, observed, scaled, change(best)));
            case NEVER_ACHIEVED -> need.map(those -> Message.of(GoalMessageKind.REALISM_NEVER_SEASONAL,
                            premise, over, observed, change(best), scaled, those))
                    .orElseGet(() -> Message.of(GoalMessageKind.REALISM_NEVER, premise, over, observed, change(best), scaled));
            case NOT_ENOUGH_HISTORY -> throw new IllegalStateException("explained by notEnough");
        };
    }

    private static LocalizedText name(KpiDefinition kpi) {
        return LocalizedText.of(kpi.nameRu(), kpi.nameEn());
    }

    /** "13 нед." in Russian (the abbreviation avoids plural forms), "13 weeks" in English. */
    private LocalizedText span(int periods) {
        return LocalizedText.of("%d %s".formatted(periods, unitRu(grain)), "%d %s".formatted(periods, pluralEn(grain, periods)));
    }

    /** A figure as each language writes it. */
    private static LocalizedText both(Function<Locale, String> figure) {
        return LocalizedText.of(figure.apply(RU), figure.apply(EN));
    }

    /**
     * "«Новые клиенты»: план 100 000 за 13 нед. при нынешнем темпе 4 295 за такой же срок — в 23,3 раза больше":
     * the target, the current pace (and the same weeks last year, with a season), and the change between them.
     */
    private Message premise(BigDecimal pace, Optional<BigDecimal> lastYear) {
        LocalizedText goal = both(locale -> figure(target, locale));
        LocalizedText now = both(locale -> figure(pace, locale));
        Message difference = difference(pace);
        if (lastYear.isPresent()) {
            LocalizedText before = both(locale -> figure(lastYear.get(), locale));
            return additive
                    ? Message.of(GoalMessageKind.REALISM_PREMISE_TOTAL_SEASONAL, name(kpi), goal, span(horizon), before,
                    now, difference)
                    : Message.of(GoalMessageKind.REALISM_PREMISE_LEVEL_SEASONAL, name(kpi), goal, before, now, difference);
        }
        return Message.of(additive ? GoalMessageKind.REALISM_PREMISE_TOTAL : GoalMessageKind.REALISM_PREMISE_LEVEL,
                name(kpi), goal, span(horizon), now, difference);
    }

    /** "в 23,1 раза больше", "изменение +12 %", "разница +37,5 п.п.". */
    private Message difference(BigDecimal pace) {
        if (!relative) {
            return Message.of(GoalMessageKind.REALISM_DIFFERENCE, both(locale -> signed(target.subtract(pace), locale)));
        }
        double times = target.doubleValue() / pace.doubleValue();
        if (times >= 2) {
            return Message.of(GoalMessageKind.REALISM_TIMES,
                    both(locale -> Figures.number(BigDecimal.valueOf(times), 1, locale)));
        }
        return Message.of(GoalMessageKind.REALISM_CHANGE, change(times - 1));
    }

    private LocalizedText change(double value) {
        return both(locale -> change(value, locale));
    }

    /** A change between two stretches: growth in per cent, else the difference of their levels (per period for a total). */
    private String change(double value, Locale locale) {
        if (relative) {
            return Figures.signedPercent(BigDecimal.valueOf(value), locale).replace("+-", "−").replace("-", "−");
        }
        String perPeriod = !additive ? "" : locale == EN ? " per " + grain.name().toLowerCase(Locale.ROOT)
                : " " + perRu(grain);
        return signed(BigDecimal.valueOf(value), locale) + perPeriod;
    }

    /** A difference in the KPI's unit with its sign; rates in percentage points. */
    private String signed(BigDecimal value, Locale locale) {
        String sign = value.signum() >= 0 ? "+" : "−";
        BigDecimal magnitude = value.abs();
        if (kpi.unit() == Unit.PERCENT) {
            return sign + Figures.number(magnitude.movePointRight(2), 1, locale) + (locale == EN ? " pp" : " п.п.");
        }
        return sign + figure(magnitude, locale);
    }

    /**
     * A figure in the KPI's unit: totals of counts (customers, orders, visits) as whole numbers, money without
     * kopecks once it is in the thousands, rates as percentages.
     */
    private String figure(BigDecimal value, Locale locale) {
        return switch (kpi.unit()) {
            case PERCENT -> Figures.percent(value, locale);
            case MONEY -> {
                int decimals = value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 ? 0 : 2;
                yield currency.map(code -> Figures.money(value, code, decimals, locale))
                        .orElseGet(() -> Figures.number(value, decimals, locale));
            }
            case COUNT -> Figures.number(value, additive ? 0 : 1, locale);
            case POINTS, SECONDS, MINUTES -> Figures.format(value, kpi.unit(), Optional.empty(), locale);
        };
    }

    /** A grain in Russian: per one period ("в неделю"), and the abbreviation that avoids plural forms ("13 нед."). */
    private record RussianGrain(String per, String unit) {

        static RussianGrain of(Grain grain) {
            return switch (grain) {
                case DAY -> new RussianGrain("в день", "дн.");
                case WEEK -> new RussianGrain("в неделю", "нед.");
                case MONTH -> new RussianGrain("в месяц", "мес.");
                case QUARTER -> new RussianGrain("в квартал", "кв.");
                case YEAR -> new RussianGrain("в год", "г.");
            };
        }
    }

    private static String perRu(Grain grain) {
        return RussianGrain.of(grain).per();
    }

    private static String unitRu(Grain grain) {
        return RussianGrain.of(grain).unit();
    }

    private static String pluralEn(Grain grain, int count) {
        return grain.name().toLowerCase(Locale.ROOT) + (count == 1 ? "" : "s");
    }
}

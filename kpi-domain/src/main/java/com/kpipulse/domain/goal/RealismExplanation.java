package com.kpipulse.domain.goal;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/**
 * The realism check's verdict in words, in Russian and English: the target against the current pace (and the same
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
    static LocalizedText notEnough(KpiDefinition kpi, int changes) {
        return LocalizedText.of(
                "«%s»: мало истории (%d изменений, нужно не меньше %d), реалистичность не оценить"
                        .formatted(kpi.nameRu(), changes, HistoryStretches.MIN_CHANGES),
                "'%s': too little history (%d changes, at least %d needed) to judge realism"
                        .formatted(kpi.nameEn(), changes, HistoryStretches.MIN_CHANGES));
    }

    /**
     * The verdict explained: the premise (target, current pace, the same periods a year earlier), then the verdict
     * with how often the history changed as much over {@code stretch} periods.
     */
    LocalizedText explain(RealismAssessment.Verdict verdict, BigDecimal pace, Optional<BigDecimal> lastYear,
                          int stretch, double needed, int achieved, int observed, double best) {
        String ru = premise(pace, lastYear, RU) + ". ";
        String en = premise(pace, lastYear, EN) + ". ";
        String overRu = "%d %s".formatted(stretch, unitRu(grain));
        String overEn = "%d %s".formatted(stretch, pluralEn(grain, stretch));
        String againstRu = grain == Grain.WEEK ? " к тем же неделям год назад" : " к тем же периодам год назад";
        String againstEn = grain == Grain.WEEK ? " on the same weeks a year earlier" : " on the same periods a year earlier";
        String needRu = lastYear.map(before -> "Это %s%s; ".formatted(change(target.doubleValue() / before.doubleValue() - 1, RU), againstRu)).orElse("");
        String needEn = lastYear.map(before -> "That is %s%s; ".formatted(change(target.doubleValue() / before.doubleValue() - 1, EN), againstEn)).orElse("");
        String scaledRu = stretch == horizon ? "" : " (истории мало для отрезков по %d %s: нужное изменение пересчитано на %s, %s)"
                .formatted(horizon, unitRu(grain), overRu, change(needed, RU));
        String scaledEn = stretch == horizon ? "" : " (too little history for stretches of %d %s: the change needed is scaled to %s, %s)"
                .formatted(horizon, pluralEn(grain, horizon), overEn, change(needed, EN));
        String kindRu = seasonal ? "такое изменение с поправкой на сезон" : "такое изменение";
        String kindEn = seasonal ? "a change like that, adjusted for the season," : "a change like that";
        return switch (verdict) {
            case TOO_EASY -> kpi.direction() == Direction.HIGHER_IS_BETTER
                    ? LocalizedText.of(ru + (seasonal ? "Столько даёт уже нынешний темп с поправкой на сезон" : "Нынешний темп уже даёт столько или больше")
                            + ": слишком лёгкая цель.",
                    en + (seasonal ? "The current pace adjusted for the season already gives that much" : "The current pace already gives as much or more")
                            + ": the target is too easy.")
                    : LocalizedText.of(ru + "Показатель уже сейчас не хуже плана, улучшать нечего: слишком лёгкая цель.",
                    en + "The KPI is already as good as the target, there is nothing to improve: the target is too easy.");
            case TYPICAL -> LocalizedText.of(
                    ru + needRu + ("%s за %s было в %d из %d отрезков истории%s — в пределах обычного.")
                            .formatted(capitalized(kindRu, needRu), overRu, achieved, observed, scaledRu),
                    en + needEn + ("%s over %s happened in %d of %d stretches of the history%s: in line with history.")
                            .formatted(capitalized(kindEn, needEn), overEn, achieved, observed, scaledEn));
            case AMBITIOUS_BUT_SEEN_BEFORE -> LocalizedText.of(
                    ru + needRu + ("%s за %s было лишь в %d из %d отрезков истории (лучшее %s)%s: амбициозно, но уже случалось.")
                            .formatted(capitalized(kindRu, needRu), overRu, achieved, observed, change(best, RU), scaledRu),
                    en + needEn + ("%s over %s happened in only %d of %d stretches of the history (best %s)%s: ambitious but seen before.")
                            .formatted(capitalized(kindEn, needEn), overEn, achieved, observed, change(best, EN), scaledEn));
            case NEVER_ACHIEVED -> LocalizedText.of(
                    ru + needRu + ("%s за %s не было ни разу в %d отрезках истории (лучшее %s)%s: цель, вероятно, нереалистична.")
                            .formatted(capitalized(seasonal ? "такого изменения с поправкой на сезон" : "такого", needRu),
                                    overRu, observed, change(best, RU), scaledRu),
                    en + needEn + ("%s over %s never happened in %d stretches of the history (best %s)%s: the target is probably unrealistic.")
                            .formatted(capitalized(seasonal ? "a change like that, adjusted for the season," : "that", needEn),
                                    overEn, observed, change(best, EN), scaledEn));
            case NOT_ENOUGH_HISTORY -> throw new IllegalStateException("explained by notEnough");
        };
    }

    /** Capitalized when it opens the sentence (nothing before it). */
    private static String capitalized(String words, String before) {
        return before.isEmpty() ? Character.toUpperCase(words.charAt(0)) + words.substring(1) : words;
    }

    /**
     * "«Новые клиенты»: план 100 000 за 13 нед. при нынешнем темпе 4 295 за такой же срок — в 23,3 раза больше":
     * the target, the current pace (and the same weeks last year, with a season), and the change between them.
     */
    private String premise(BigDecimal pace, Optional<BigDecimal> lastYear, Locale locale) {
        boolean english = locale == EN;
        String name = english ? "'" + kpi.nameEn() + "'" : "«" + kpi.nameRu() + "»";
        String goal = figure(target, locale);
        String now = figure(pace, locale);
        String span = english ? "%d %s".formatted(horizon, pluralEn(grain, horizon))
                : "%d %s".formatted(horizon, unitRu(grain));
        String premise;
        if (lastYear.isPresent()) {
            String before = figure(lastYear.get(), locale);
            premise = additive
                    ? (english ? "%s: a target of %s in %s; the same weeks a year earlier gave %s, the current pace adjusted for the season gives %s"
                    : "%s: план %s за %s; те же недели год назад дали %s, нынешний темп с поправкой на сезон — %s")
                    .formatted(name, goal, span, before, now)
                    : (english ? "%s: a target of %s; the same weeks a year earlier %s, the current level adjusted for the season %s"
                    : "%s: план %s; в те же недели год назад — %s, нынешний уровень с поправкой на сезон — %s")
                    .formatted(name, goal, before, now);
        } else {
            premise = additive
                    ? (english ? "%s: a target of %s in %s against %s at the current pace over the same time"
                    : "%s: план %s за %s при нынешнем темпе %s за такой же срок").formatted(name, goal, span, now)
                    : (english ? "%s: a target of %s against %s now (the average of the last %s)"
                    : "%s: план %s при нынешних %s (в среднем за последние %s)").formatted(name, goal, now, span);
        }
        return premise + (english ? ", " : " — ") + difference(pace, locale);
    }

    /** "в 23,1 раза больше", "изменение +12 %", "разница +37,5 п.п.". */
    private String difference(BigDecimal pace, Locale locale) {
        boolean english = locale == EN;
        if (!relative) {
            return (english ? "a difference of " : "разница ") + signed(target.subtract(pace), locale);
        }
        double times = target.doubleValue() / pace.doubleValue();
        if (times >= 2) {
            String factor = Figures.number(BigDecimal.valueOf(times), 1, locale);
            return english ? factor + " times as much" : "в " + factor + " раза больше";
        }
        return (english ? "a change of " : "изменение ") + change(times - 1, locale);
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

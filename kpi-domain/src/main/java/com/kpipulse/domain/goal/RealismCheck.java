package com.kpipulse.domain.goal;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Seed 001's third mistake is an unrealistic target. This check judges the whole target against what the KPI's own
 * history makes plausible over the same horizon, not one period's change against single periods (a week once growing
 * by 25 % says nothing about growing by 25 % every week for a quarter):
 *
 * <ul>
 *   <li>horizon n = the goal's length in periods of the history's grain (13 weeks for a quarter);</li>
 *   <li>the KPI's level over a stretch of periods = the average of its values there: for a total (revenue, new
 *       customers) the average per period, so the target is compared per period too (the total over the goal's
 *       days, spread evenly);</li>
 *   <li>current pace C = the level over the latest n periods of the history; the target's level T;</li>
 *   <li>a target the current pace already reaches (T at most C, or at least C when lower is better: a CAC above
 *       today's is no improvement) is <em>too easy</em>;</li>
 *   <li>otherwise the change it needs, T / C - 1 (or T - C where the KPI can be zero or negative), is compared with
 *       the changes between every two consecutive stretches of n periods in the history (overlapping, so a year of
 *       weeks gives 27 quarter-long changes). At least half of them as good: <em>in line with history</em>; some:
 *       <em>ambitious but seen before</em>; none: <em>probably unrealistic</em>.</li>
 * </ul>
 *
 * When the history is too short for {@value #MIN_CHANGES} changes of stretches of n periods, shorter stretches are
 * compared, with the needed change scaled to their length (compounded for growth).
 */
public final class RealismCheck {

    /** Fewer past changes than this say nothing. */
    public static final int MIN_CHANGES = 3;

    private static final Locale RU = Locale.forLanguageTag("ru");
    /** Sums in doubles are exact to far fewer digits than they carry: 4 294.999999999999 is 4 295. */
    private static final MathContext SIGNIFICANT = new MathContext(10);
    private static final Locale EN = Locale.ENGLISH;

    private RealismCheck() {
    }

    /**
     * A target as the goal keeps it. A relative one is judged as the current pace changed by its percentage: use
     * {@link #assess(KpiDefinition, boolean, BigDecimal, Period, KpiHistory)} with the baseline's figure instead
     * where it is known.
     */
    public static RealismAssessment assess(KpiDefinition kpi, boolean additive, Target target, Period goalPeriod,
                                           KpiHistory history) {
        return switch (target) {
            case Target.Absolute absolute -> assess(kpi, additive, absolute.value(), goalPeriod, history);
            case Target.RelativeToBaseline relative -> current(additive, goalPeriod, history)
                    .map(pace -> assess(kpi, additive, pace.multiply(relative.change().factor()), goalPeriod, history))
                    .orElseGet(() -> notEnough(kpi, history.grain(), BigDecimal.ZERO, BigDecimal.ZERO,
                            horizon(goalPeriod, history.grain()), 0));
        };
    }

    /**
     * @param additive whether the KPI is a total over its days (revenue, new customers) rather than a level
     * @param target   the target as a figure: the total over the goal's days, or the level
     * @param history  the KPI's values in consecutive periods before the goal, oldest first
     */
    public static RealismAssessment assess(KpiDefinition kpi, boolean additive, BigDecimal target, Period goalPeriod,
                                           KpiHistory history) {
        Grain grain = history.grain();
        List<Optional<BigDecimal>> values = known(history);
        int horizon = horizon(goalPeriod, grain);
        double perPeriod = additive ? days(grain) / goalPeriod.days() : 1; // a total's share per period
        Optional<Double> latest = level(values, Math.max(0, values.size() - horizon), values.size());
        if (latest.isEmpty()) {
            return notEnough(kpi, grain, BigDecimal.ZERO, target, horizon, 0);
        }
        double current = latest.get();
        double targetLevel = target.doubleValue() * perPeriod;
        BigDecimal pace = BigDecimal.valueOf(current / perPeriod).round(SIGNIFICANT);
        boolean higher = kpi.direction() == Direction.HIGHER_IS_BETTER;
        boolean relative = current > 0 && targetLevel > 0
                && values.stream().flatMap(Optional::stream).allMatch(value -> value.signum() >= 0);
        Optional<Currency> currency = currencyOf(history);
        Facts facts = new Facts(kpi, additive, grain, relative, pace, target, horizon, currency);
        double slack = Math.abs(current) * 1e-9; // a target typed as the current pace is that pace, whatever the rounding
        if (higher ? targetLevel <= current + slack : targetLevel >= current - slack) {
            double change = relative ? targetLevel / current - 1 : targetLevel - current;
            return facts.assessment(RealismAssessment.Verdict.TOO_EASY, horizon, change, 0, 0, 0);
        }
        int stretch = horizon;
        if (values.size() - 2 * stretch + 1 < MIN_CHANGES) {
            stretch = (values.size() - MIN_CHANGES + 1) / 2;
        }
        if (stretch < 1) {
            return notEnough(kpi, grain, pace, target, horizon, Math.max(0, values.size() - 1));
        }
        double share = (double) stretch / horizon;
        double needed = relative ? Math.pow(targetLevel / current, share) - 1 : (targetLevel - current) * share;
        List<Double> changes = new ArrayList<>();
        for (int end = 2 * stretch; end <= values.size(); end++) {
            int middle = end - stretch;
            int first = middle - stretch;
            if (!complete(values, first, end)) {
                continue; // a stretch with a period that has no value is not compared
            }
            double before = level(values, first, middle).orElseThrow();
            double after = level(values, middle, end).orElseThrow();
            if (!relative || before > 0) {
                changes.add(relative ? after / before - 1 : after - before);
            }
        }
        if (changes.size() < MIN_CHANGES) {
            return notEnough(kpi, grain, pace, target, horizon, changes.size());
        }
        int achieved = (int) changes.stream().filter(change -> higher ? change >= needed : change <= needed).count();
        double best = changes.stream().mapToDouble(Double::doubleValue).reduce(higher ? Math::max : Math::min).orElseThrow();
        RealismAssessment.Verdict verdict = achieved * 2 >= changes.size() ? RealismAssessment.Verdict.TYPICAL
                : achieved > 0 ? RealismAssessment.Verdict.AMBITIOUS_BUT_SEEN_BEFORE
                : RealismAssessment.Verdict.NEVER_ACHIEVED;
        return facts.assessment(verdict, stretch, needed, achieved, changes.size(), best);
    }

    /** The goal's length in periods of the grain, at least one. */
    static int horizon(Period goalPeriod, Grain grain) {
        return (int) Math.max(1, Math.round(goalPeriod.days() / days(grain)));
    }

    /** The current pace over the goal (a total over its days, or the level), if the history has a value. */
    private static Optional<BigDecimal> current(boolean additive, Period goalPeriod, KpiHistory history) {
        List<Optional<BigDecimal>> values = known(history);
        int horizon = horizon(goalPeriod, history.grain());
        double perPeriod = additive ? days(history.grain()) / goalPeriod.days() : 1;
        return level(values, Math.max(0, values.size() - horizon), values.size())
                .map(level -> BigDecimal.valueOf(level / perPeriod));
    }

    /** The values from the first known one to the last known one (periods before the data began or after it ended). */
    private static List<Optional<BigDecimal>> known(KpiHistory history) {
        List<Optional<BigDecimal>> values = history.values().stream().map(KpiValue::number).toList();
        int first = 0;
        while (first < values.size() && values.get(first).isEmpty()) {
            first++;
        }
        int last = values.size();
        while (last > first && values.get(last - 1).isEmpty()) {
            last--;
        }
        return values.subList(first, last);
    }

    /** The average of the known values in {@code [from, to)}; empty when none is known. */
    private static Optional<Double> level(List<Optional<BigDecimal>> values, int from, int to) {
        double sum = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            if (values.get(i).isPresent()) {
                sum += values.get(i).get().doubleValue();
                count++;
            }
        }
        return count == 0 ? Optional.empty() : Optional.of(sum / count);
    }

    private static boolean complete(List<Optional<BigDecimal>> values, int from, int to) {
        return values.subList(from, to).stream().allMatch(Optional::isPresent);
    }

    private static Optional<Currency> currencyOf(KpiHistory history) {
        return history.values().stream().flatMap(value -> value instanceof KpiValue.Known known
                ? known.currency().stream() : java.util.stream.Stream.empty()).reduce((first, second) -> second);
    }

    /** Average days of a period of the grain. */
    private static double days(Grain grain) {
        return switch (grain) {
            case DAY -> 1;
            case WEEK -> 7;
            case MONTH -> 365.25 / 12;
            case QUARTER -> 365.25 / 4;
            case YEAR -> 365.25;
        };
    }

    private static RealismAssessment notEnough(KpiDefinition kpi, Grain grain, BigDecimal pace, BigDecimal target,
                                               int horizon, int changes) {
        return new RealismAssessment(RealismAssessment.Verdict.NOT_ENOUGH_HISTORY, grain, false, pace, target, horizon,
                horizon, 0, 0, changes, 0, LocalizedText.of(
                "«%s»: мало истории (%d изменений, нужно не меньше %d), реалистичность не оценить".formatted(kpi.nameRu(), changes, MIN_CHANGES),
                "'%s': too little history (%d changes, at least %d needed) to judge realism".formatted(kpi.nameEn(), changes, MIN_CHANGES)));
    }

    /** What every explanation says about the target, and the words for it. */
    private record Facts(KpiDefinition kpi, boolean additive, Grain grain, boolean relative, BigDecimal pace,
                         BigDecimal target, int horizon, Optional<Currency> currency) {

        RealismAssessment assessment(RealismAssessment.Verdict verdict, int stretch, double needed, int achieved,
                                     int observed, double best) {
            return new RealismAssessment(verdict, grain, relative, pace, target, horizon, stretch, needed, achieved,
                    observed, best, explain(verdict, stretch, needed, achieved, observed, best));
        }

        private LocalizedText explain(RealismAssessment.Verdict verdict, int stretch, double needed, int achieved,
                                      int observed, double best) {
            String ru = premise(RU) + ". ";
            String en = premise(EN) + ". ";
            String overRu = "%d %s".formatted(stretch, unitRu(grain));
            String overEn = "%d %s".formatted(stretch, pluralEn(grain, stretch));
            String scaledRu = stretch == horizon ? "" : " (истории мало для отрезков по %d %s: нужное изменение пересчитано на %s, %s)"
                    .formatted(horizon, unitRu(grain), overRu, change(needed, RU));
            String scaledEn = stretch == horizon ? "" : " (too little history for stretches of %d %s: the change needed is scaled to %s, %s)"
                    .formatted(horizon, pluralEn(grain, horizon), overEn, change(needed, EN));
            return switch (verdict) {
                case TOO_EASY -> kpi.direction() == Direction.HIGHER_IS_BETTER
                        ? LocalizedText.of(ru + "Нынешний темп уже даёт столько или больше: слишком лёгкая цель.",
                        en + "The current pace already gives as much or more: the target is too easy.")
                        : LocalizedText.of(ru + "Показатель уже сейчас не хуже плана, улучшать нечего: слишком лёгкая цель.",
                        en + "The KPI is already as good as the target, there is nothing to improve: the target is too easy.");
                case TYPICAL -> LocalizedText.of(
                        ru + "Такое изменение за %s было в %d из %d отрезков истории%s — в пределах обычного."
                                .formatted(overRu, achieved, observed, scaledRu),
                        en + "A change like that over %s happened in %d of %d stretches of the history%s: in line with history."
                                .formatted(overEn, achieved, observed, scaledEn));
                case AMBITIOUS_BUT_SEEN_BEFORE -> LocalizedText.of(
                        ru + "Такое изменение за %s было лишь в %d из %d отрезков истории (лучшее %s)%s: амбициозно, но уже случалось."
                                .formatted(overRu, achieved, observed, change(best, RU), scaledRu),
                        en + "A change like that over %s happened in only %d of %d stretches of the history (best %s)%s: ambitious but seen before."
                                .formatted(overEn, achieved, observed, change(best, EN), scaledEn));
                case NEVER_ACHIEVED -> LocalizedText.of(
                        ru + "За %s такого не было ни разу в %d отрезках истории (лучшее %s)%s: цель, вероятно, нереалистична."
                                .formatted(overRu, observed, change(best, RU), scaledRu),
                        en + "Over %s that never happened in %d stretches of the history (best %s)%s: the target is probably unrealistic."
                                .formatted(overEn, observed, change(best, EN), scaledEn));
                case NOT_ENOUGH_HISTORY -> throw new IllegalStateException("explained by notEnough");
            };
        }

        /**
         * "«Новые клиенты»: план 100 000 за 13 нед. при нынешнем темпе 4 321 за такой же срок — в 23,1 раза больше":
         * the target, the current pace, and the change between them.
         */
        private String premise(Locale locale) {
            boolean english = locale == EN;
            String name = english ? "'" + kpi.nameEn() + "'" : "«" + kpi.nameRu() + "»";
            String target = figure(this.target, locale);
            String pace = figure(this.pace, locale);
            String span = english ? "%d %s".formatted(horizon, pluralEn(grain, horizon)) : "%d %s".formatted(horizon, unitRu(grain));
            String premise = additive
                    ? (english ? "%s: a target of %s in %s against %s at the current pace over the same time"
                    : "%s: план %s за %s при нынешнем темпе %s за такой же срок").formatted(name, target, span, pace)
                    : (english ? "%s: a target of %s against %s now (the average of the last %s)"
                    : "%s: план %s при нынешних %s (в среднем за последние %s)").formatted(name, target, pace, span);
            return premise + (english ? ", " : " — ") + difference(locale);
        }

        /** "в 23,1 раза больше", "изменение +12,0 %", "разница +37,5 п.п.". */
        private String difference(Locale locale) {
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
            String perPeriod = !additive ? "" : locale == EN ? " per " + grain.name().toLowerCase(Locale.ROOT) : " " + perRu(grain);
            return signed(BigDecimal.valueOf(value), locale) + perPeriod;
        }

        /** A difference in the KPI's unit with its sign; rates in percentage points. */
        private String signed(BigDecimal value, Locale locale) {
            String sign = value.signum() >= 0 ? "+" : "−";
            BigDecimal magnitude = value.abs();
            if (kpi.unit() == com.kpipulse.domain.measure.Unit.PERCENT) {
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
                case MONEY -> Figures.number(value, value.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 ? 0 : 2, locale)
                        + currency.map(code -> " " + code.getCurrencyCode()).orElse("");
                case COUNT -> Figures.number(value, additive ? 0 : 1, locale);
                case POINTS, SECONDS, MINUTES -> Figures.format(value, kpi.unit(), Optional.empty(), locale);
            };
        }
    }

    private static String perRu(Grain grain) {
        return switch (grain) {
            case DAY -> "в день";
            case WEEK -> "в неделю";
            case MONTH -> "в месяц";
            case QUARTER -> "в квартал";
            case YEAR -> "в год";
        };
    }

    /** Abbreviations avoid Russian plural forms: "13 нед.", "6 мес.". */
    private static String unitRu(Grain grain) {
        return switch (grain) {
            case DAY -> "дн.";
            case WEEK -> "нед.";
            case MONTH -> "мес.";
            case QUARTER -> "кв.";
            case YEAR -> "г.";
        };
    }

    private static String pluralEn(Grain grain, int count) {
        return grain.name().toLowerCase(Locale.ROOT) + (count == 1 ? "" : "s");
    }
}

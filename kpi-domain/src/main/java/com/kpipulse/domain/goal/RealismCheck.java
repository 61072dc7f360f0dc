package com.kpipulse.domain.goal;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.Figures;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
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
 *   <li>current pace C = the level over the latest n periods of the history;</li>
 *   <li><em>with a season</em> (the history holds the same periods a year before the goal, and enough of it to
 *       compare stretches with the same stretches a year earlier): the current pace is adjusted for the season,
 *       S = L × C / C', where L is the level in the goal's periods a year earlier and C' the latest stretch's a year
 *       earlier (this year keeps its lead over last year); the change the target needs, T / S - 1, is compared with
 *       the changes between consecutive stretches adjusted the same way (a stretch's change on the one before,
 *       divided by the same change a year earlier). So a shop's December is judged against how Decembers go, and a
 *       quieter spring does not make a spring target look easy;</li>
 *   <li><em>without</em>: the change the target needs, T / C - 1 (or T - C where the KPI can be zero or negative), is
 *       compared with the changes between every two consecutive stretches of n periods (overlapping, so a year of
 *       weeks gives 27 quarter-long changes); when there are too few of those, with shorter stretches and the needed
 *       change scaled to them (compounded for growth);</li>
 *   <li>a target the current pace (adjusted for the season, where there is one) already reaches is <em>too easy</em>
 *       (for a KPI where lower is better, a target at or above it: a CAC above today's is no improvement); otherwise at
 *       least half of the past changes as good is <em>in line with history</em>, some is <em>ambitious but seen
 *       before</em>, none is <em>probably unrealistic</em>.</li>
 * </ul>
 *
 * The history ends just before the goal: periods after the data ended (a goal that starts later) are there without
 * values, so that "a year before the goal" is found by position.
 */
public final class RealismCheck {

    /** Fewer past changes than this say nothing. */
    public static final int MIN_CHANGES = 3;

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale EN = Locale.ENGLISH;
    /** Sums in doubles are exact to far fewer digits than they carry: 4 294.999999999999 is 4 295. */
    private static final MathContext SIGNIFICANT = new MathContext(10);

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
            case Target.RelativeToBaseline relative -> {
                Series series = new Series(history, goalPeriod, additive);
                yield series.current().map(level -> assess(kpi, additive,
                                BigDecimal.valueOf(series.total(level)).multiply(relative.change().factor()), goalPeriod, history))
                        .orElseGet(() -> notEnough(kpi, series, BigDecimal.ZERO, 0));
            }
        };
    }

    /**
     * @param additive whether the KPI is a total over its days (revenue, new customers) rather than a level
     * @param target   the target as a figure: the total over the goal's days, or the level
     * @param history  the KPI's values in consecutive periods up to the goal's start, oldest first
     */
    public static RealismAssessment assess(KpiDefinition kpi, boolean additive, BigDecimal target, Period goalPeriod,
                                           KpiHistory history) {
        Series series = new Series(history, goalPeriod, additive);
        if (series.current().isEmpty()) {
            return notEnough(kpi, series, target, 0);
        }
        double current = series.current().get();
        double targetLevel = target.doubleValue() / series.total(1);
        boolean higher = kpi.direction() == Direction.HIGHER_IS_BETTER;
        boolean relative = current > 0 && targetLevel > 0 && series.nonNegative();
        Optional<Season> season = relative ? series.season() : Optional.empty();
        Facts facts = new Facts(kpi, additive, series, relative, current, season, target, currencyOf(history));
        double pace = season.map(Season::pace).orElse(current);
        double slack = Math.abs(pace) * 1e-9; // a target typed as the current pace is that pace, whatever the rounding
        if (higher ? targetLevel <= pace + slack : targetLevel >= pace - slack) {
            double change = relative ? targetLevel / pace - 1 : targetLevel - pace;
            return facts.assessment(RealismAssessment.Verdict.TOO_EASY, series.horizon, change, 0, 0, 0);
        }
        Changes changes = season.map(found -> new Changes(series.horizon, found.changes()))
                .orElseGet(() -> series.consecutiveChanges(relative));
        if (changes.values().size() < MIN_CHANGES) {
            return notEnough(kpi, series, target, changes.values().size());
        }
        double share = (double) changes.stretch() / series.horizon;
        double needed = season.isPresent() ? targetLevel / season.get().pace() - 1
                : relative ? Math.pow(targetLevel / current, share) - 1 : (targetLevel - current) * share;
        int achieved = (int) changes.values().stream().filter(change -> higher ? change >= needed : change <= needed).count();
        double best = changes.values().stream().mapToDouble(Double::doubleValue).reduce(higher ? Math::max : Math::min)
                .orElseThrow();
        RealismAssessment.Verdict verdict = achieved * 2 >= changes.values().size() ? RealismAssessment.Verdict.TYPICAL
                : achieved > 0 ? RealismAssessment.Verdict.AMBITIOUS_BUT_SEEN_BEFORE
                : RealismAssessment.Verdict.NEVER_ACHIEVED;
        return facts.assessment(verdict, changes.stretch(), needed, achieved, changes.values().size(), best);
    }

    /**
     * A stretch target the history backs, judged as {@link #assess} judges: the lower (for a KPI where lower is better,
     * the higher) of the current pace (adjusted for the season, where there is one) changed as much as {@code share}
     * of the past stretches changed, and changed by as much as those stretches beat the typical one (for a KPI whose
     * typical change is growth, a smaller step). So it is ambitious but seen before, and always beyond the current
     * pace, so never too easy. Empty when the history is too short or the KPI never improved on a stretch like that.
     *
     * @param share between 0 and 0.5: 0.35 is reached by about a third of the past stretches
     * @return a total over the goal's days for a total, else the level
     */
    public static Optional<BigDecimal> stretchTarget(KpiDefinition kpi, boolean additive, double share, Period goalPeriod,
                                                     KpiHistory history) {
        Series series = new Series(history, goalPeriod, additive);
        if (series.current().isEmpty()) {
            return Optional.empty();
        }
        double current = series.current().get();
        boolean higher = kpi.direction() == Direction.HIGHER_IS_BETTER;
        boolean relative = current > 0 && series.nonNegative();
        Optional<Season> season = relative ? series.season() : Optional.empty();
        Changes changes = season.map(found -> new Changes(series.horizon, found.changes()))
                .orElseGet(() -> series.consecutiveChanges(relative));
        if (changes.values().size() < MIN_CHANGES) {
            return Optional.empty();
        }
        double pace = season.map(Season::pace).orElse(current);
        List<Double> bestFirst = changes.values().stream()
                .sorted(higher ? Comparator.reverseOrder() : Comparator.naturalOrder()).toList();
        double reached = bestFirst.get(Math.max(0, Math.min(bestFirst.size() - 1, (int) Math.ceil(share * bestFirst.size()) - 1)));
        double typical = bestFirst.get(bestFirst.size() / 2);
        double scale = (double) series.horizon / changes.stretch();
        double seen = level(relative, pace, reached, scale);
        double improved = level(relative, pace, reached - typical, scale);
        double best = level(relative, pace, bestFirst.getFirst(), scale);
        double target = higher ? Math.min(seen, improved) : Math.max(seen, improved);
        if (higher ? target <= pace : target >= pace) {
            if (higher ? best <= pace : best >= pace) {
                return Optional.empty(); // never better than the current pace over a stretch like that
            }
            target = (pace + best) / 2;
        }
        return Optional.of(BigDecimal.valueOf(series.total(target)).round(SIGNIFICANT));
    }

    /** The level a change over a stretch leads to from the pace, over the goal's horizon ({@code scale} stretches). */
    private static double level(boolean relative, double pace, double change, double scale) {
        return relative ? pace * Math.pow(1 + change, scale) : pace + change * scale;
    }

    /** The goal's length in periods of the grain, at least one. */
    static int horizon(Period goalPeriod, Grain grain) {
        return (int) Math.max(1, Math.round(goalPeriod.days() / days(grain)));
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

    /** Periods of the grain in a year, counted so that a year earlier is found by position. */
    private static int perYear(Grain grain) {
        return switch (grain) {
            case DAY -> 364;
            case WEEK -> 52;
            case MONTH -> 12;
            case QUARTER -> 4;
            case YEAR -> 1;
        };
    }

    /** Changes between stretches of {@code stretch} periods. */
    private record Changes(int stretch, List<Double> values) {
    }

    /**
     * What a season says: the level in the same periods a year before the goal, the current pace adjusted for the
     * season, and the changes between consecutive stretches, each adjusted by the same change a year earlier.
     */
    private record Season(double lastYear, double pace, List<Double> changes) {
    }

    /** The history by position: the goal starts right after its last period. */
    private static final class Series {

        final Grain grain;
        final int horizon;
        final List<Optional<BigDecimal>> values;
        final double perPeriod;
        /** From the first known value to the last, inclusive-exclusive. */
        final int first;
        final int end;

        Series(KpiHistory history, Period goalPeriod, boolean additive) {
            this.grain = history.grain();
            this.horizon = horizon(goalPeriod, grain);
            this.values = history.values().stream().map(KpiValue::number).toList();
            this.perPeriod = additive ? goalPeriod.days() / days(grain) : 1;
            int known = 0;
            while (known < values.size() && values.get(known).isEmpty()) {
                known++;
            }
            int last = values.size();
            while (last > known && values.get(last - 1).isEmpty()) {
                last--;
            }
            this.first = known;
            this.end = last;
        }

        /** A level as the total over the goal's days (a total), or itself (a level). */
        double total(double level) {
            return level * perPeriod;
        }

        /** The level over the latest stretch as long as the goal (or what there is of it). */
        Optional<Double> current() {
            return level(Math.max(first, end - horizon), end);
        }

        boolean nonNegative() {
            return values.stream().flatMap(Optional::stream).allMatch(value -> value.signum() >= 0);
        }

        /**
         * The season, when the history holds the goal's periods a year earlier and at least {@value #MIN_CHANGES}
         * stretches with a year-earlier stretch to compare with, all known and positive.
         */
        Optional<Season> season() {
            int year = perYear(grain);
            int goalLastYear = values.size() - year;
            int latest = Math.min(horizon, end - first);
            if (goalLastYear < first || goalLastYear + horizon > end || end - latest - year < first) {
                return Optional.empty();
            }
            Optional<Double> lastYear = complete(goalLastYear, goalLastYear + horizon);
            Optional<Double> latestLastYear = complete(end - latest - year, end - year);
            Optional<Double> now = complete(end - latest, end);
            if (lastYear.isEmpty() || latestLastYear.isEmpty() || now.isEmpty() || latestLastYear.get() <= 0
                    || lastYear.get() <= 0) {
                return Optional.empty();
            }
            List<Double> changes = new ArrayList<>();
            for (int stop = first + year + 2 * horizon; stop <= end; stop++) {
                Optional<Double> after = complete(stop - horizon, stop);
                Optional<Double> before = complete(stop - 2 * horizon, stop - horizon);
                Optional<Double> afterLastYear = complete(stop - horizon - year, stop - year);
                Optional<Double> beforeLastYear = complete(stop - 2 * horizon - year, stop - horizon - year);
                if (after.isPresent() && before.isPresent() && afterLastYear.isPresent() && beforeLastYear.isPresent()
                        && before.get() > 0 && afterLastYear.get() > 0 && beforeLastYear.get() > 0) {
                    changes.add(after.get() / before.get() / (afterLastYear.get() / beforeLastYear.get()) - 1);
                }
            }
            if (changes.size() < MIN_CHANGES) {
                return Optional.empty();
            }
            return Optional.of(new Season(lastYear.get(), lastYear.get() * now.get() / latestLastYear.get(), changes));
        }

        /**
         * Changes between consecutive stretches as long as the goal; shorter stretches when the history is too short
         * for {@value #MIN_CHANGES} of those.
         */
        Changes consecutiveChanges(boolean relative) {
            int known = end - first;
            int stretch = horizon;
            if (known - 2 * stretch + 1 < MIN_CHANGES) {
                stretch = (known - MIN_CHANGES + 1) / 2;
            }
            List<Double> changes = new ArrayList<>();
            for (int stop = first + 2 * stretch; stretch >= 1 && stop <= end; stop++) {
                Optional<Double> before = complete(stop - 2 * stretch, stop - stretch);
                Optional<Double> after = complete(stop - stretch, stop);
                if (before.isPresent() && after.isPresent() && (!relative || before.get() > 0)) {
                    changes.add(relative ? after.get() / before.get() - 1 : after.get() - before.get());
                }
            }
            return new Changes(Math.max(stretch, 1), changes);
        }

        /** The average of the known values in {@code [from, to)}; empty when none is known. */
        Optional<Double> level(int from, int to) {
            double sum = 0;
            int count = 0;
            for (int i = Math.max(0, from); i < to; i++) {
                if (values.get(i).isPresent()) {
                    sum += values.get(i).get().doubleValue();
                    count++;
                }
            }
            return count == 0 ? Optional.empty() : Optional.of(sum / count);
        }

        /** The average over {@code [from, to)} when every period there has a value (a stretch with a gap is not compared). */
        Optional<Double> complete(int from, int to) {
            if (from < 0 || to > values.size() || from >= to) {
                return Optional.empty();
            }
            return values.subList(from, to).stream().allMatch(Optional::isPresent) ? level(from, to) : Optional.empty();
        }
    }

    private static Optional<Currency> currencyOf(KpiHistory history) {
        return history.values().stream().flatMap(value -> value instanceof KpiValue.Known known
                ? known.currency().stream() : java.util.stream.Stream.empty()).reduce((first, second) -> second);
    }

    private static RealismAssessment notEnough(KpiDefinition kpi, Series series, BigDecimal target, int changes) {
        BigDecimal pace = series.current().map(level -> BigDecimal.valueOf(series.total(level)).round(SIGNIFICANT))
                .orElse(BigDecimal.ZERO);
        return new RealismAssessment(RealismAssessment.Verdict.NOT_ENOUGH_HISTORY, series.grain, false, false, pace,
                target, Optional.empty(), series.horizon, series.horizon, 0, 0, changes, 0, LocalizedText.of(
                "«%s»: мало истории (%d изменений, нужно не меньше %d), реалистичность не оценить".formatted(kpi.nameRu(), changes, MIN_CHANGES),
                "'%s': too little history (%d changes, at least %d needed) to judge realism".formatted(kpi.nameEn(), changes, MIN_CHANGES)));
    }

    /** What every explanation says about the target, and the words for it. */
    private record Facts(KpiDefinition kpi, boolean additive, Series series, boolean relative, double current,
                         Optional<Season> season, BigDecimal target, Optional<Currency> currency) {

        RealismAssessment assessment(RealismAssessment.Verdict verdict, int stretch, double needed, int achieved,
                                     int observed, double best) {
            BigDecimal pace = BigDecimal.valueOf(series.total(season.map(Season::pace).orElse(current))).round(SIGNIFICANT);
            Optional<BigDecimal> lastYear = season.map(found -> BigDecimal.valueOf(series.total(found.lastYear())).round(SIGNIFICANT));
            return new RealismAssessment(verdict, series.grain, relative, season.isPresent(), pace, target, lastYear,
                    series.horizon, stretch, needed, achieved, observed, best,
                    explain(verdict, pace, lastYear, stretch, needed, achieved, observed, best));
        }

        private LocalizedText explain(RealismAssessment.Verdict verdict, BigDecimal pace, Optional<BigDecimal> lastYear,
                                      int stretch, double needed, int achieved, int observed, double best) {
            String ru = premise(pace, lastYear, RU) + ". ";
            String en = premise(pace, lastYear, EN) + ". ";
            Grain grain = series.grain;
            int horizon = series.horizon;
            String overRu = "%d %s".formatted(stretch, unitRu(grain));
            String overEn = "%d %s".formatted(stretch, pluralEn(grain, stretch));
            boolean seasonal = season.isPresent();
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
            int horizon = series.horizon;
            String span = english ? "%d %s".formatted(horizon, pluralEn(series.grain, horizon))
                    : "%d %s".formatted(horizon, unitRu(series.grain));
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
            String perPeriod = !additive ? "" : locale == EN ? " per " + series.grain.name().toLowerCase(Locale.ROOT)
                    : " " + perRu(series.grain);
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

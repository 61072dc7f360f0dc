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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Seed 001's third mistake is an unrealistic target. This check turns a target into the change it
 * needs per period and compares it with the period-over-period changes the KPI has made:
 *
 * <ul>
 *   <li>current level B = the last known value of the history;</li>
 *   <li>target level T = the target itself for a level KPI, the target divided by the number of
 *       periods until the deadline for an additive KPI (the average per period needed), or B
 *       changed by the percentage for a relative target;</li>
 *   <li>n = the number of history-grain periods in the goal;</li>
 *   <li>implied change g = (T / B)^(1/n) - 1 when B and T are positive, else (T - B) / n;</li>
 *   <li>past changes = the same measure between consecutive known values of the history.</li>
 * </ul>
 *
 * Using the average level for an additive total is lenient (a growing series ends above its
 * average), so "never achieved" is a strong signal.
 */
public final class RealismCheck {

    /** Fewer past changes than this say nothing. */
    public static final int MIN_CHANGES = 3;

    private static final Locale RU = Locale.forLanguageTag("ru");

    private RealismCheck() {
    }

    public static RealismAssessment assess(KpiDefinition kpi, boolean additive, Target target, Period goalPeriod,
                                           KpiHistory history) {
        Grain grain = history.grain();
        List<Optional<BigDecimal>> values = history.values().stream().map(KpiValue::number).toList();
        Optional<BigDecimal> current = values.stream().flatMap(Optional::stream).reduce((first, second) -> second);
        int periods = goalPeriod.split(grain).size();
        if (current.isEmpty()) {
            return notEnough(kpi, grain, periods, 0);
        }
        BigDecimal level = current.get();
        BigDecimal targetLevel = switch (target) {
            case Target.Absolute absolute -> additive
                    ? absolute.value().divide(BigDecimal.valueOf(periods), MathContext.DECIMAL128) : absolute.value();
            case Target.RelativeToBaseline relative -> level.multiply(relative.change().factor());
        };
        boolean relative = level.signum() > 0 && targetLevel.signum() > 0
                && values.stream().flatMap(Optional::stream).allMatch(value -> value.signum() > 0);
        double implied = relative
                ? Math.pow(targetLevel.doubleValue() / level.doubleValue(), 1.0 / periods) - 1
                : (targetLevel.doubleValue() - level.doubleValue()) / periods;
        var changes = new ArrayList<Double>();
        for (int i = 1; i < values.size(); i++) {
            if (values.get(i - 1).isPresent() && values.get(i).isPresent()) {
                double before = values.get(i - 1).get().doubleValue();
                double after = values.get(i).get().doubleValue();
                changes.add(relative ? after / before - 1 : after - before);
            }
        }
        if (changes.size() < MIN_CHANGES) {
            return notEnough(kpi, grain, periods, changes.size());
        }
        boolean higher = kpi.direction() == Direction.HIGHER_IS_BETTER;
        int achieved = (int) changes.stream().filter(change -> higher ? change >= implied : change <= implied).count();
        double best = changes.stream().mapToDouble(Double::doubleValue).reduce(higher ? Math::max : Math::min).orElseThrow();
        RealismAssessment.Verdict verdict = achieved * 2 >= changes.size() ? RealismAssessment.Verdict.TYPICAL
                : achieved > 0 ? RealismAssessment.Verdict.AMBITIOUS_BUT_SEEN_BEFORE : RealismAssessment.Verdict.NEVER_ACHIEVED;
        LocalizedText explanation = explain(kpi, verdict, grain, relative, level, targetLevel, periods, implied,
                achieved, changes.size(), best);
        return new RealismAssessment(verdict, grain, relative, level, targetLevel, periods, implied, achieved,
                changes.size(), best, explanation);
    }

    private static RealismAssessment notEnough(KpiDefinition kpi, Grain grain, int periods, int changes) {
        return new RealismAssessment(RealismAssessment.Verdict.NOT_ENOUGH_HISTORY, grain, false, BigDecimal.ZERO,
                BigDecimal.ZERO, periods, 0, 0, changes, 0, LocalizedText.of(
                "«%s»: мало истории (%d изменений, нужно не меньше %d), реалистичность не оценить".formatted(kpi.nameRu(), changes, MIN_CHANGES),
                "'%s': too little history (%d changes, at least %d needed) to judge realism".formatted(kpi.nameEn(), changes, MIN_CHANGES)));
    }

    private static LocalizedText explain(KpiDefinition kpi, RealismAssessment.Verdict verdict, Grain grain, boolean relative,
                                         BigDecimal level, BigDecimal targetLevel, int periods, double implied,
                                         int achieved, int observed, double best) {
        String needRu = (relative ? "рост " : "") + change(kpi, relative, implied, RU);
        String needEn = (relative ? "growth of " : "") + change(kpi, relative, implied, Locale.ENGLISH);
        String bestRu = change(kpi, relative, best, RU);
        String bestEn = change(kpi, relative, best, Locale.ENGLISH);
        String fromRu = Figures.format(level, kpi.unit(), Optional.empty(), RU);
        String toRu = Figures.format(targetLevel, kpi.unit(), Optional.empty(), RU);
        String fromEn = Figures.format(level, kpi.unit(), Optional.empty(), Locale.ENGLISH);
        String toEn = Figures.format(targetLevel, kpi.unit(), Optional.empty(), Locale.ENGLISH);
        String ru = "«%s»: цель требует %s %s на протяжении %d %s (с %s до %s). ".formatted(
                kpi.nameRu(), needRu, perRu(grain), periods, unitRu(grain), fromRu, toRu);
        String en = "'%s': the target needs %s per %s for %d %s (from %s to %s). ".formatted(
                kpi.nameEn(), needEn, grainEn(grain), periods, pluralEn(grain, periods), fromEn, toEn);
        return switch (verdict) {
            case TYPICAL -> LocalizedText.of(
                    ru + "Так было в %d из %d последних %s — в пределах обычного.".formatted(achieved, observed, unitRu(grain)),
                    en + "That happened in %d of the last %d %s: in line with history.".formatted(achieved, observed, pluralEn(grain, observed)));
            case AMBITIOUS_BUT_SEEN_BEFORE -> LocalizedText.of(
                    ru + "Так было лишь %d раз(а) из %d последних %s (лучшее %s): амбициозно, но уже случалось.".formatted(achieved, observed, unitRu(grain), bestRu),
                    en + "That happened only %s in the last %d %s (best %s): ambitious but seen before.".formatted(
                            achieved == 1 ? "once" : achieved + " times", observed, pluralEn(grain, observed), bestEn));
            case NEVER_ACHIEVED -> LocalizedText.of(
                    ru + "За последние %d %s такого не было ни разу (лучшее %s): цель, вероятно, нереалистична.".formatted(observed, unitRu(grain), bestRu),
                    en + "Never achieved in the last %d %s (best %s): the target is probably unrealistic.".formatted(observed, pluralEn(grain, observed), bestEn));
            case NOT_ENOUGH_HISTORY -> throw new IllegalStateException("explained by notEnough");
        };
    }

    private static String change(KpiDefinition kpi, boolean relative, double value, Locale locale) {
        BigDecimal amount = BigDecimal.valueOf(value);
        if (relative) {
            return Figures.signedPercent(amount, locale);
        }
        return (value >= 0 ? "+" : "") + Figures.format(amount, kpi.unit(), Optional.empty(), locale);
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

    /** Abbreviations avoid Russian plural forms: "13 нед.", "26 мес.". */
    private static String unitRu(Grain grain) {
        return switch (grain) {
            case DAY -> "дн.";
            case WEEK -> "нед.";
            case MONTH -> "мес.";
            case QUARTER -> "кв.";
            case YEAR -> "г.";
        };
    }

    private static String grainEn(Grain grain) {
        return grain.name().toLowerCase(Locale.ROOT);
    }

    private static String pluralEn(Grain grain, int count) {
        return grainEn(grain) + (count == 1 ? "" : "s");
    }
}

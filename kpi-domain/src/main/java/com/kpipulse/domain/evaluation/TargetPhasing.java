package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Splits a goal's target over its weeks (or any consecutive periods): evenly, by last year's
 * shape, or by hand. The parts of an additive KPI always add up exactly to the target: the last
 * part takes what the others leave.
 */
public final class TargetPhasing {

    private final KpiEngine engine;

    public TargetPhasing(KpiEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Phases a goal target for a KPI over {@code parts} (e.g. {@code goalPeriod.split(Grain.WEEK)}).
     * Non-additive KPIs (rates, averages, snapshots) keep the same level in every part.
     */
    public PhasingResult phase(KpiDefinition kpi, BigDecimal goalTarget, List<Period> parts, PhasingMethod method,
                               DimensionSelection selection, ObservationSet observations) {
        if (!engine.catalog().isAdditive(kpi)) {
            return new PhasingResult.Phased(level(goalTarget, parts));
        }
        return switch (method) {
            case EVEN -> new PhasingResult.Phased(even(goalTarget, parts));
            case SEASONAL -> seasonal(goalTarget, parts, parts.stream()
                    .map(part -> engine.evaluate(kpi, part.sameLastYear(), selection, observations)).toList());
        };
    }

    public static PhasedTarget even(BigDecimal total, List<Period> parts) {
        return split(total, parts, parts.stream().map(part -> BigDecimal.valueOf(part.days())).toList());
    }

    /** {@code lastYear.get(i)} is the KPI's value in the period a year before {@code parts.get(i)}. */
    public static PhasingResult seasonal(BigDecimal total, List<Period> parts, List<KpiValue> lastYear) {
        if (parts.size() != lastYear.size()) {
            throw new IllegalArgumentException("One last-year value per part is needed");
        }
        var weights = new ArrayList<BigDecimal>();
        for (int i = 0; i < parts.size(); i++) {
            if (!(lastYear.get(i) instanceof KpiValue.Known known) || known.value().signum() < 0) {
                Period missing = parts.get(i).sameLastYear();
                return new PhasingResult.NotPhased(LocalizedText.of(
                        "Нет значения за тот же период прошлого года (%s): распределите план равномерно или вручную".formatted(missing.label(Locale.forLanguageTag("ru"))),
                        "No value for the same period last year (%s): phase the target evenly or by hand".formatted(missing.label(Locale.ENGLISH))));
            }
            weights.add(known.value());
        }
        if (weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() == 0) {
            return new PhasingResult.NotPhased(LocalizedText.of(
                    "В прошлом году за эти периоды всё по нулям: сезонной формы нет",
                    "Last year is zero over all these periods: there is no seasonal shape"));
        }
        return new PhasingResult.Phased(split(total, parts, weights));
    }

    /** Parts typed by hand; they must follow each other and add up to the goal's target. */
    public static PhasingResult manual(BigDecimal total, List<PeriodTarget> parts) {
        BigDecimal sum = parts.stream().map(PeriodTarget::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (parts.isEmpty() || sum.compareTo(total) != 0) {
            return new PhasingResult.NotPhased(LocalizedText.of(
                    "Сумма по периодам %s, а план цели %s".formatted(sum.toPlainString(), total.toPlainString()),
                    "The parts add up to %s but the goal's target is %s".formatted(sum.toPlainString(), total.toPlainString())));
        }
        try {
            return new PhasingResult.Phased(new PhasedTarget(parts, true));
        } catch (IllegalArgumentException gap) {
            return new PhasingResult.NotPhased(LocalizedText.of(
                    "Периоды должны идти подряд, без пропусков и наложений", "The periods must follow each other without gaps or overlaps"));
        }
    }

    /** The same level in every part: for rates and averages. */
    public static PhasedTarget level(BigDecimal level, List<Period> parts) {
        return new PhasedTarget(parts.stream().map(part -> new PeriodTarget(part, level)).toList(), false);
    }

    private static PhasedTarget split(BigDecimal total, List<Period> parts, List<BigDecimal> weights) {
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        var targets = new ArrayList<PeriodTarget>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < parts.size(); i++) {
            BigDecimal value = i == parts.size() - 1 ? total.subtract(given)
                    : total.multiply(weights.get(i)).divide(weightSum, MathContext.DECIMAL128);
            given = given.add(value);
            targets.add(new PeriodTarget(parts.get(i), value));
        }
        return new PhasedTarget(targets, true);
    }
}

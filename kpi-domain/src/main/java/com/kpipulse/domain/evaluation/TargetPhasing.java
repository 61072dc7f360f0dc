package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

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

    /** At most this many dates are listed in a reason; the rest are counted. */
    private static final int DATES_LISTED = 4;

    /**
     * Phases a goal target for a KPI over {@code parts} (e.g. {@code goalPeriod.split(Grain.WEEK)}), evenly or by
     * last year's shape. Non-additive KPIs (rates, averages, snapshots) keep the same level in every part. Manual
     * phasing has parts of its own: {@link #phase(KpiDefinition, BigDecimal, Period, Grain, Phasing, DimensionSelection, ObservationSet)}.
     */
    public PhasingResult phase(KpiDefinition kpi, BigDecimal goalTarget, List<Period> parts, PhasingMethod method,
                               DimensionSelection selection, ObservationSet observations) {
        if (method == PhasingMethod.MANUAL) {
            throw new IllegalArgumentException("Manual phasing comes with its weekly parts: phase it with its Phasing");
        }
        if (!engine.catalog().isAdditive(kpi)) {
            return new PhasingResult.Phased(level(goalTarget, parts));
        }
        return method == PhasingMethod.SEASONAL
                ? seasonal(goalTarget, parts, parts.stream()
                        .map(part -> engine.evaluate(kpi, part.sameLastYear(), selection, observations)).toList())
                : new PhasingResult.Phased(even(goalTarget, parts));
    }

    /**
     * Phases a goal KPI's target the way the goal keeps it, into the periods of {@code grain} clipped to the goal.
     * EVEN is split over those periods directly. SEASONAL and MANUAL are weekly (what the admin saw or typed in the
     * wizard), then gathered into the grain's periods: a week that straddles two months is shared by days, a level
     * is averaged by days ({@link PhasedTarget#over}).
     *
     * @param goalTarget the goal's target as a figure (a total for additive KPIs, a level for the others)
     */
    public PhasingResult phase(KpiDefinition kpi, BigDecimal goalTarget, Period goalPeriod, Grain grain, Phasing phasing,
                               DimensionSelection selection, ObservationSet observations) {
        List<Period> periods = goalPeriod.split(grain);
        if (phasing.method() == PhasingMethod.EVEN) {
            return phase(kpi, goalTarget, periods, PhasingMethod.EVEN, selection, observations);
        }
        PhasingResult weekly = phasing.method() == PhasingMethod.MANUAL
                ? manual(goalPeriod, phasing.parts(), engine.catalog().isAdditive(kpi), goalTarget, kpi.unit())
                : phase(kpi, goalTarget, goalPeriod.split(Grain.WEEK), PhasingMethod.SEASONAL, selection, observations);
        return switch (weekly) {
            case PhasingResult.Phased phased -> new PhasingResult.Phased(phased.target().over(periods));
            case PhasingResult.NotPhased notPhased -> notPhased;
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
                return new PhasingResult.NotPhased(
                        Message.of(EvaluationMessageKind.NO_VALUE_LAST_YEAR, LocalizedText.written(missing::label)));
            }
            weights.add(known.value());
        }
        if (weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add).signum() == 0) {
            return new PhasingResult.NotPhased(Message.of(EvaluationMessageKind.LAST_YEAR_ZERO));
        }
        return new PhasingResult.Phased(split(total, parts, weights));
    }

    /** Parts typed by hand; they must follow each other and add up to the goal's target. */
    public static PhasingResult manual(BigDecimal total, List<PeriodTarget> parts) {
        BigDecimal sum = parts.stream().map(PeriodTarget::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (parts.isEmpty() || sum.compareTo(total) != 0) {
            return new PhasingResult.NotPhased(Message.of(EvaluationMessageKind.PARTS_DO_NOT_ADD_UP, sum, total));
        }
        try {
            return new PhasingResult.Phased(new PhasedTarget(parts, true));
        } catch (IllegalArgumentException gap) {
            return new PhasingResult.NotPhased(Message.of(EvaluationMessageKind.PERIODS_NOT_CONSECUTIVE));
        }
    }

    /**
     * Weekly figures typed by hand for a goal. They must name each of the goal's weeks exactly once
     * ({@link #uncoveredWeeks}); for a total ({@code cumulative}) they must add up to the goal's target
     * ({@link #sumMismatch}); a rate's figures are its levels week by week and need not add up to anything.
     */
    public static PhasingResult manual(Period goalPeriod, List<ManualPart> parts, boolean cumulative, BigDecimal goalTarget,
                                       Unit unit) {
        Optional<Message> problem = uncoveredWeeks(goalPeriod, parts)
                .or(() -> cumulative ? sumMismatch(goalTarget, parts, unit) : Optional.empty());
        if (problem.isPresent()) {
            return new PhasingResult.NotPhased(problem.get());
        }
        List<Period> weeks = goalPeriod.split(Grain.WEEK);
        List<ManualPart> inOrder = parts.stream().sorted(Comparator.comparing(ManualPart::periodStart)).toList();
        var targets = new ArrayList<PeriodTarget>();
        for (int i = 0; i < weeks.size(); i++) {
            targets.add(new PeriodTarget(weeks.get(i), inOrder.get(i).value()));
        }
        return new PhasingResult.Phased(new PhasedTarget(targets, cumulative));
    }

    /**
     * What keeps weekly parts from naming each week of the goal exactly once: weeks without a figure, dates that do
     * not start a week of the goal (its start, then Mondays), weeks given twice. Empty when they fit.
     */
    public static Optional<Message> uncoveredWeeks(Period goalPeriod, List<ManualPart> parts) {
        List<LocalDate> expected = goalPeriod.split(Grain.WEEK).stream().map(Period::start).toList();
        Set<LocalDate> weekStarts = Set.copyOf(expected);
        Map<LocalDate, Long> given = parts.stream()
                .collect(Collectors.groupingBy(ManualPart::periodStart, TreeMap::new, Collectors.counting()));
        List<LocalDate> missing = expected.stream().filter(day -> !given.containsKey(day)).toList();
        List<LocalDate> foreign = given.keySet().stream().filter(day -> !weekStarts.contains(day)).toList();
        List<LocalDate> twice = given.entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey).toList();
        if (missing.isEmpty() && foreign.isEmpty() && twice.isEmpty()) {
            return Optional.empty();
        }
        var wrong = new ArrayList<Message>();
        if (!missing.isEmpty()) {
            wrong.add(Message.of(EvaluationMessageKind.WEEKS_MISSING, dates(missing)));
        }
        if (!foreign.isEmpty()) {
            wrong.add(Message.of(EvaluationMessageKind.WEEKS_FOREIGN, dates(foreign)));
        }
        if (!twice.isEmpty()) {
            wrong.add(Message.of(EvaluationMessageKind.WEEKS_TWICE, dates(twice)));
        }
        return Optional.of(Message.of(EvaluationMessageKind.WEEKS_NOT_COVERED, expected.size(), expected.getFirst(), wrong));
    }

    /** How far the weekly parts of a total are from the goal's target, with the figures; empty when they add up. */
    public static Optional<Message> sumMismatch(BigDecimal goalTarget, List<ManualPart> parts, Unit unit) {
        BigDecimal sum = parts.stream().map(ManualPart::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        int comparison = sum.compareTo(goalTarget);
        if (comparison == 0) {
            return Optional.empty();
        }
        BigDecimal gap = goalTarget.subtract(sum).abs();
        return Optional.of(Message.of(comparison < 0 ? EvaluationMessageKind.WEEKLY_PARTS_SHORT : EvaluationMessageKind.WEEKLY_PARTS_OVER,
                figure(sum, unit), figure(goalTarget, unit), figure(gap, unit)));
    }

    /** The same level in every part: for rates and averages. */
    public static PhasedTarget level(BigDecimal level, List<Period> parts) {
        return new PhasedTarget(parts.stream().map(part -> new PeriodTarget(part, level)).toList(), false);
    }

    private static LocalizedText figure(BigDecimal value, Unit unit) {
        return LocalizedText.written(locale -> Figures.format(value, unit, Optional.empty(), locale));
    }

    private static String dates(List<LocalDate> days) {
        String listed = days.stream().limit(DATES_LISTED).map(LocalDate::toString).collect(Collectors.joining(", "));
        return days.size() > DATES_LISTED ? listed + " … (+" + (days.size() - DATES_LISTED) + ")" : listed;
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

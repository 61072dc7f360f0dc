package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A goal's target split over consecutive periods (usually weeks). For an additive KPI (revenue,
 * orders) the parts add up to the goal's target and pacing is cumulative; for a level KPI
 * (conversion, CAC) every part carries the same level.
 */
public record PhasedTarget(List<PeriodTarget> parts, boolean cumulative) {

    public PhasedTarget {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("A phased target has at least one part");
        }
        for (int i = 1; i < parts.size(); i++) {
            if (!parts.get(i - 1).period().endExclusive().equals(parts.get(i).period().start())) {
                throw new IllegalArgumentException("Parts must follow each other without gaps: "
                        + parts.get(i - 1).period() + " then " + parts.get(i).period());
            }
        }
    }

    /** The goal's target: the sum of the parts, or the level. */
    public BigDecimal total() {
        return cumulative ? parts.stream().map(PeriodTarget::value).reduce(BigDecimal.ZERO, BigDecimal::add)
                : parts.getFirst().value();
    }

    /**
     * The same target over other consecutive periods that cover the same days, e.g. weekly parts gathered into
     * months. A part of a total is shared by days between the periods it overlaps (a week from 28 April to 4 May
     * gives three sevenths to April); a level is averaged by days. The parts of a total still add up exactly.
     */
    public PhasedTarget over(List<Period> periods) {
        if (periods.equals(parts.stream().map(PeriodTarget::period).toList())) {
            return this;
        }
        if (periods.isEmpty() || !periods.getFirst().start().equals(parts.getFirst().period().start())
                || !periods.getLast().endExclusive().equals(parts.getLast().period().endExclusive())) {
            throw new IllegalArgumentException("The periods must cover the same days as the parts: " + periods);
        }
        var regrouped = new ArrayList<PeriodTarget>();
        BigDecimal given = BigDecimal.ZERO;
        for (int i = 0; i < periods.size(); i++) {
            Period period = periods.get(i);
            BigDecimal value = BigDecimal.ZERO;
            for (PeriodTarget part : parts) {
                long overlap = overlapDays(period, part.period());
                if (overlap > 0) {
                    BigDecimal days = BigDecimal.valueOf(overlap);
                    value = value.add(cumulative
                            ? part.value().multiply(days).divide(BigDecimal.valueOf(part.period().days()), MathContext.DECIMAL128)
                            : part.value().multiply(days));
                }
            }
            if (cumulative && i == periods.size() - 1) {
                value = total().subtract(given);
            } else if (!cumulative) {
                value = value.divide(BigDecimal.valueOf(period.days()), MathContext.DECIMAL128);
            }
            given = given.add(value);
            regrouped.add(new PeriodTarget(period, value));
        }
        return new PhasedTarget(regrouped, cumulative);
    }

    /**
     * What the target expects over the days of {@code window}, which lie inside the parts: for a total, each part's
     * share of the window's days added up (whole parts count whole, so a window that is all the parts gets the total
     * exactly); for a level, the parts' levels averaged by days. One rule for every page, so the same KPI and days
     * have the same target wherever they are judged.
     */
    public BigDecimal dueOver(Period window) {
        BigDecimal due = BigDecimal.ZERO;
        for (PeriodTarget part : parts) {
            long overlap = overlapDays(part.period(), window);
            if (overlap == 0) {
                continue;
            }
            if (cumulative) {
                due = due.add(overlap == part.period().days() ? part.value() : part.value()
                        .multiply(BigDecimal.valueOf(overlap)).divide(BigDecimal.valueOf(part.period().days()), MathContext.DECIMAL128));
            } else {
                due = due.add(part.value().multiply(BigDecimal.valueOf(overlap)));
            }
        }
        return cumulative ? due : due.divide(BigDecimal.valueOf(window.days()), MathContext.DECIMAL128);
    }

    /**
     * The target of a provisional period pro-rated to the days its data cover, following the phasing (a week phased
     * heavier weighs more than a light one); the whole period's target when it is complete; empty when no day is
     * covered yet, since nothing can be due of days nobody has seen.
     */
    public Optional<BigDecimal> proRated(Coverage coverage) {
        return coverage.toDate().map(days -> dueOver(days.part()));
    }

    /** Every part times {@code factor}: the chosen channels' share of a company-wide total. */
    public PhasedTarget scaledBy(BigDecimal factor) {
        return new PhasedTarget(parts.stream().map(part -> new PeriodTarget(part.period(), part.value().multiply(factor)))
                .toList(), cumulative);
    }

    public Optional<BigDecimal> targetFor(Period period) {
        return parts.stream().filter(part -> part.period().equals(period)).map(PeriodTarget::value).findFirst();
    }

    /**
     * Where we should be by the end of {@code day}: the parts already over, plus the elapsed share
     * (by days) of the part that contains the day. For a level KPI: the level of that part.
     */
    public BigDecimal pacingBy(LocalDate day) {
        if (!cumulative) {
            return parts.stream().filter(part -> part.period().contains(day)).findFirst()
                    .orElse(day.isBefore(parts.getFirst().period().start()) ? parts.getFirst() : parts.getLast()).value();
        }
        BigDecimal due = BigDecimal.ZERO;
        for (PeriodTarget part : parts) {
            if (part.period().lastDay().isAfter(day)) {
                if (part.period().contains(day)) {
                    long elapsed = ChronoUnit.DAYS.between(part.period().start(), day) + 1;
                    due = due.add(part.value().multiply(BigDecimal.valueOf(elapsed))
                            .divide(BigDecimal.valueOf(part.period().days()), MathContext.DECIMAL128));
                }
                break;
            }
            due = due.add(part.value());
        }
        return due;
    }

    private static long overlapDays(Period a, Period b) {
        LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
        LocalDate end = a.endExclusive().isBefore(b.endExclusive()) ? a.endExclusive() : b.endExclusive();
        return Math.max(0, ChronoUnit.DAYS.between(start, end));
    }
}

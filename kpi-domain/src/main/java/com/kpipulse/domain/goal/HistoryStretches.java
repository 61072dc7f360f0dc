package com.kpipulse.domain.goal;

import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The statistics the realism check judges by: a KPI's history by position (the goal starts right after its last
 * period), its level over stretches of periods, the changes between consecutive stretches as long as the goal, and
 * the season, where the history holds the same periods a year earlier.
 */
final class HistoryStretches {

    /** Fewer past changes than this say nothing. */
    static final int MIN_CHANGES = 3;

    /** Changes between stretches of {@code stretch} periods. */
    record Changes(int stretch, List<Double> values) {
    }

    /**
     * What a season says: the level in the same periods a year before the goal, the current pace adjusted for the
     * season, and the changes between consecutive stretches, each adjusted by the same change a year earlier.
     */
    record Season(double lastYear, double pace, List<Double> changes) {
    }

    final Grain grain;
    /** The goal's length in periods of the grain. */
    final int horizon;
    private final List<Optional<BigDecimal>> values;
    /** How many periods of the grain a total over the goal's days spreads over (1 for a level). */
    private final double perPeriod;
    /** From the first known value to the last, inclusive-exclusive. */
    private final int first;
    private final int end;

    HistoryStretches(KpiHistory history, Period goalPeriod, boolean additive) {
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
     * The past changes a target is judged against: with a season, those between stretches as long as the goal, each
     * on the same change a year earlier; without, {@link #consecutiveChanges}.
     */
    Changes changes(Optional<Season> season, boolean relative) {
        return season.map(found -> new Changes(horizon, found.changes())).orElseGet(() -> consecutiveChanges(relative));
    }

    /**
     * Changes between consecutive stretches as long as the goal; shorter stretches when the history is too short
     * for {@value #MIN_CHANGES} of those.
     */
    private Changes consecutiveChanges(boolean relative) {
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
    private Optional<Double> level(int from, int to) {
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
    private Optional<Double> complete(int from, int to) {
        if (from < 0 || to > values.size() || from >= to) {
            return Optional.empty();
        }
        return values.subList(from, to).stream().allMatch(Optional::isPresent) ? level(from, to) : Optional.empty();
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
}

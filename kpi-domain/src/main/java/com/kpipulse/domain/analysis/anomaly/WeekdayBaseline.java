package com.kpipulse.domain.analysis.anomaly;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;

/**
 * The usual value of a day from the weeks before it, knowing that Tuesdays differ from Sundays. On a log scale
 * (ln(1 + value), so a change is a ratio and a zero is still a number):
 * <ol>
 *     <li>each weekday's effect is the median, over the window's weeks, of that weekday's distance from its week's
 *     median;</li>
 *     <li>the values without their weekday effect follow a line fitted by Theil–Sen (a slow trend or a season's ramp
 *     does not look like a drop at the window's end);</li>
 *     <li>the usual value is that line at the day plus the day's weekday effect, and the day-to-day noise is the
 *     median absolute distance from it (×1.4826), widened a little for estimating from few weeks.</li>
 * </ol>
 * Medians all along, so the drops and spikes of earlier weeks do not move the usual value.
 */
final class WeekdayBaseline {

    private static final int WEEK = 7;
    /** A week of the window needs this many days with data for its median to place its weekdays. */
    private static final int DAYS_FOR_A_WEEK_MEDIAN = 4;
    /** Each weekday needs this many weeks to have an effect of its own. */
    private static final int WEEKS_PER_WEEKDAY = 2;

    private final AnomalyRules rules;

    WeekdayBaseline(AnomalyRules rules) {
        this.rules = rules;
    }

    UsualDay on(NavigableMap<LocalDate, BigDecimal> values, LocalDate day) {
        LocalDate windowStart = day.minusDays(rules.windowDays());
        NavigableMap<LocalDate, BigDecimal> window = values.subMap(windowStart, true, day, false);
        int seen = window.size();
        if (seen < rules.minimumDays()) {
            return new UsualDay.Unknown(NotJudgedReason.TOO_LITTLE_HISTORY, seen, rules.minimumDays(), 0);
        }
        double[] offsets = new double[seen];
        double[] logs = new double[seen];
        int[] weekdays = new int[seen];
        int zeros = 0;
        int i = 0;
        for (Map.Entry<LocalDate, BigDecimal> entry : window.entrySet()) {
            double value = entry.getValue().doubleValue();
            if (value < 0) {
                return new UsualDay.Unknown(NotJudgedReason.NEGATIVE_VALUES, seen, rules.minimumDays(), 0);
            }
            zeros += value == 0 ? 1 : 0;
            offsets[i] = entry.getKey().toEpochDay() - day.toEpochDay();
            logs[i] = Math.log1p(value);
            weekdays[i] = entry.getKey().getDayOfWeek().ordinal();
            i++;
        }
        if (zeros > rules.mostlyZeroShare() * seen) {
            return new UsualDay.Unknown(NotJudgedReason.MOSTLY_ZEROS, seen, rules.minimumDays(), zeros);
        }
        Optional<double[]> weekdayEffects = weekdayEffects(offsets, logs, weekdays);
        if (weekdayEffects.isEmpty()) {
            return new UsualDay.Unknown(NotJudgedReason.TOO_LITTLE_HISTORY, seen, rules.minimumDays(), zeros);
        }
        double[] effects = weekdayEffects.get();
        double[] adjusted = new double[seen];
        for (int k = 0; k < seen; k++) {
            adjusted[k] = logs[k] - effects[weekdays[k]];
        }
        double slope = Robust.theilSenSlope(offsets, adjusted);
        double[] intercepts = new double[seen];
        for (int k = 0; k < seen; k++) {
            intercepts[k] = adjusted[k] - slope * offsets[k];
        }
        double level = Robust.median(intercepts);
        double spread = Math.max(rules.minimumSpread(),
                Robust.MAD_TO_SIGMA * Robust.medianAbsoluteDeviation(intercepts, level));
        int weeksSeen = Math.max(1, seen / WEEK);
        double widened = spread * Math.sqrt(1 + 1.0 / weeksSeen);
        return new UsualDay.Known(level + effects[day.getDayOfWeek().ordinal()], widened,
                emptyShare(values, windowStart, day));
    }

    /**
     * The share of days without a value or with a zero, from the window's start (or the series' first value) to its
     * last week.
     */
    private static double emptyShare(NavigableMap<LocalDate, BigDecimal> values, LocalDate windowStart, LocalDate day) {
        LocalDate from = values.firstKey().isAfter(windowStart) ? values.firstKey() : windowStart;
        LocalDate lastWeek = day.minusDays(WEEK);
        long days = lastWeek.toEpochDay() - from.toEpochDay();
        if (days <= 0) {
            return 0;
        }
        long withValue = values.subMap(from, true, lastWeek, false).values().stream()
                .filter(value -> value.signum() > 0).count();
        return 1 - (double) withValue / days;
    }

    /**
     * Each weekday's median distance from its week's median, centred to average zero; empty when a weekday has too
     * few weeks for an effect of its own. Weeks are counted back from the judged day, so each holds every weekday once.
     */
    private static Optional<double[]> weekdayEffects(double[] offsets, double[] logs, int[] weekdays) {
        int weeks = (int) Math.ceil(-offsets[0] / WEEK);
        double[][] byWeek = new double[weeks][WEEK];
        int[] countByWeek = new int[weeks];
        int[] weekOf = new int[offsets.length];
        for (int k = 0; k < offsets.length; k++) {
            int week = (int) ((-offsets[k] - 1) / WEEK);
            weekOf[k] = week;
            byWeek[week][countByWeek[week]++] = logs[k];
        }
        double[] weekMedian = new double[weeks];
        for (int week = 0; week < weeks; week++) {
            weekMedian[week] = countByWeek[week] >= DAYS_FOR_A_WEEK_MEDIAN
                    ? Robust.median(byWeek[week], countByWeek[week]) : Double.NaN;
        }
        double[][] distances = new double[WEEK][weeks];
        int[] countByWeekday = new int[WEEK];
        for (int k = 0; k < offsets.length; k++) {
            double median = weekMedian[weekOf[k]];
            if (!Double.isNaN(median)) {
                distances[weekdays[k]][countByWeekday[weekdays[k]]++] = logs[k] - median;
            }
        }
        double[] effects = new double[WEEK];
        double sum = 0;
        for (int weekday = 0; weekday < WEEK; weekday++) {
            if (countByWeekday[weekday] < WEEKS_PER_WEEKDAY) {
                return Optional.empty();
            }
            effects[weekday] = Robust.median(distances[weekday], countByWeekday[weekday]);
            sum += effects[weekday];
        }
        for (int weekday = 0; weekday < WEEK; weekday++) {
            effects[weekday] -= sum / WEEK;
        }
        return Optional.of(effects);
    }
}

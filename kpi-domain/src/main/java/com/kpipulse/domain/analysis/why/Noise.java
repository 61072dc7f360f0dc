package com.kpipulse.domain.analysis.why;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How much a figure usually moves from one period to the next, from its own history: the spread of its
 * period-to-period changes estimated robustly as 1.4826 × the median absolute deviation (MAD), which equals the
 * standard deviation for normal noise and ignores the odd sale week or broken counter in the history. A change is
 * the log ratio ln(b / a) when the figure is always positive (so −20 % and +25 % weigh the same), the plain
 * difference otherwise (ROMI around zero, profit).
 *
 * @param relative whether changes are log ratios
 * @param spread   the robust standard deviation of a change (never below a small floor, so a flat history does not
 *                 make every wiggle a signal)
 * @param changes  how many changes the estimate rests on
 */
public record Noise(boolean relative, double spread, int changes) {

    /** Fewer changes than this give no estimate. */
    public static final int MIN_CHANGES = 4;
    private static final double MAD_TO_SIGMA = 1.4826;
    private static final double RELATIVE_FLOOR = 0.002;
    private static final double ABSOLUTE_FLOOR = 1e-9;

    /** The noise of a series of consecutive periods (a period without value breaks it there). */
    public static Optional<Noise> of(List<Optional<BigDecimal>> series) {
        boolean positive = series.stream().flatMap(Optional::stream).allMatch(value -> value.signum() > 0);
        var changes = new ArrayList<Double>();
        double scale = 0;
        for (int i = 1; i < series.size(); i++) {
            if (series.get(i - 1).isPresent() && series.get(i).isPresent()) {
                changes.add(change(positive, series.get(i - 1).get(), series.get(i).get()));
                scale = Math.max(scale, Math.abs(series.get(i).get().doubleValue()));
            }
        }
        if (changes.size() < MIN_CHANGES) {
            return Optional.empty();
        }
        double[] values = changes.stream().mapToDouble(Double::doubleValue).toArray();
        double median = median(values);
        double mad = median(Arrays.stream(values).map(value -> Math.abs(value - median)).toArray());
        double floor = positive ? RELATIVE_FLOOR : ABSOLUTE_FLOOR * (1 + scale);
        return Optional.of(new Noise(positive, Math.max(MAD_TO_SIGMA * mad, floor), changes.size()));
    }

    /** The change from {@code from} to {@code to} as this noise measures it (±∞ for a positive figure that hit 0). */
    public double change(BigDecimal from, BigDecimal to) {
        return change(relative, from, to);
    }

    /** The change in spreads: beyond ±3 it is no ordinary wiggle. */
    public double z(BigDecimal from, BigDecimal to) {
        return change(from, to) / spread;
    }

    static double change(boolean relative, BigDecimal from, BigDecimal to) {
        if (!relative) {
            return to.subtract(from).doubleValue();
        }
        if (from.signum() <= 0 || to.signum() <= 0) {
            int direction = to.compareTo(from);
            return direction == 0 ? 0 : direction > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return Math.log(to.doubleValue() / from.doubleValue());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}

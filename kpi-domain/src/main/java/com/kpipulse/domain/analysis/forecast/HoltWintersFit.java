package com.kpipulse.domain.analysis.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fits Holt–Winters to daily values: for each form (weekday pattern added or multiplied, level flat or with a damped
 * slope) the smoothing parameters that minimise the sum of squared one-day-ahead errors, found by Nelder–Mead; then
 * the form with the lowest Akaike information criterion (the fit, charged for each parameter).
 */
final class HoltWintersFit {

    /** Days with data needed: two weeks to start the weekday terms and one to correct them. */
    static final int MINIMUM_DAYS = 21;
    private static final int INITIAL_WEEKS = 4;
    private static final double LOWEST_PHI = 0.80;
    private static final double PHI_RANGE = 0.18;
    private static final double[] START = {logit(0.2), logit(0.125), logit(0.1), logit(0.55)};

    private final NelderMead search = new NelderMead(600, 1e-10);

    /**
     * The best model for {@code values}, day by day, NaN for a day without data; at least {@link #MINIMUM_DAYS} days
     * with data. With last year's shape ({@code shape}: the days of {@code values} and the {@code daysAhead} after),
     * every form is tried on the values divided by it too, and all compete on the errors of the values as delivered.
     */
    FittedModel fit(double[] values, Optional<double[]> shape, int daysAhead) {
        int withData = 0;
        boolean neverNegative = true;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                withData++;
                neverNegative &= value >= 0;
            }
        }
        if (withData < MINIMUM_DAYS || values.length < 2 * HoltWinters.WEEK) {
            throw new IllegalArgumentException("At least " + MINIMUM_DAYS + " days with data, got " + withData);
        }
        double[] flat = YearAgoShape.flat(values.length + daysAhead);
        List<double[]> shapes = new ArrayList<>(List.of(flat));
        shape.ifPresent(shapes::add);
        FittedModel best = null;
        double bestCriterion = Double.POSITIVE_INFINITY;
        for (double[] scale : shapes) {
            double[] series = divided(values, scale);
            for (Seasonality seasonality : seasonalities(series)) {
                for (Trend trend : Trend.values()) {
                    HoltWinters.State start = initialState(series, seasonality, trend);
                    HoltWinters model = fitted(series, scale, seasonality, trend, start);
                    HoltWinters.State after = start.copy();
                    double squares = model.filter(series, scale, after);
                    double criterion = withData * Math.log(Math.max(squares, 1e-12) / withData)
                            + 2 * model.freeCount();
                    if (criterion < bestCriterion) {
                        bestCriterion = criterion;
                        double onItsScale = model.filter(series, YearAgoShape.flat(values.length), start.copy());
                        double sd = Math.sqrt(onItsScale / Math.max(1, withData - model.freeCount()));
                        best = new FittedModel(model, after, sd, withData, neverNegative,
                                Arrays.copyOfRange(scale, values.length, values.length + daysAhead),
                                scale != flat);
                    }
                }
            }
        }
        return best;
    }

    private static double[] divided(double[] values, double[] scale) {
        double[] divided = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            divided[t] = values[t] / scale[t];
        }
        return divided;
    }

    /** The weekday pattern may multiply the level only when every value is above zero. */
    private static List<Seasonality> seasonalities(double[] series) {
        for (double value : series) {
            if (!Double.isNaN(value) && value <= 0) {
                return List.of(Seasonality.ADDITIVE);
            }
        }
        return List.of(Seasonality.ADDITIVE, Seasonality.MULTIPLICATIVE);
    }

    private HoltWinters fitted(double[] values, double[] scale, Seasonality seasonality, Trend trend,
                               HoltWinters.State start) {
        int parameters = trend == Trend.DAMPED ? 4 : 2;
        double[] initial = new double[parameters];
        System.arraycopy(START, 0, initial, 0, parameters);
        double[] best = search.minimize(point -> {
            HoltWinters model = model(seasonality, trend, point);
            double squares = model.filter(values, scale, start.copy());
            return Double.isFinite(squares) ? squares : Double.MAX_VALUE;
        }, initial);
        return model(seasonality, trend, best);
    }

    /** The parameters from the search's free numbers: 0 < α < 1, 0 < γ < 1 − α, 0 < β < α, 0.80 < φ < 0.98. */
    private static HoltWinters model(Seasonality seasonality, Trend trend, double[] point) {
        double alpha = 0.0001 + 0.9998 * sigmoid(point[0]);
        double gamma = (1 - alpha) * sigmoid(point[1]);
        if (trend == Trend.NONE) {
            return new HoltWinters(seasonality, trend, alpha, 0, gamma, 1);
        }
        return new HoltWinters(seasonality, trend, alpha, alpha * sigmoid(point[2]), gamma,
                LOWEST_PHI + PHI_RANGE * sigmoid(point[3]));
    }

    /**
     * The states before the first day, from the first weeks: the first week's mean as the level, the change of the
     * weekly means as the slope, and each weekday's mean distance (or ratio) from its week's mean.
     */
    private static HoltWinters.State initialState(double[] values, Seasonality seasonality, Trend trend) {
        int weeks = Math.min(INITIAL_WEEKS, values.length / HoltWinters.WEEK);
        List<Double> means = new ArrayList<>();
        for (int week = 0; week < weeks; week++) {
            double sum = 0;
            int count = 0;
            for (int day = 0; day < HoltWinters.WEEK; day++) {
                double value = values[week * HoltWinters.WEEK + day];
                if (!Double.isNaN(value)) {
                    sum += value;
                    count++;
                }
            }
            means.add(count == 0 ? Double.NaN : sum / count);
        }
        List<Double> known = means.stream().filter(mean -> !Double.isNaN(mean)).toList();
        double slope = trend == Trend.DAMPED && known.size() >= 2
                ? (known.getLast() - known.getFirst()) / (HoltWinters.WEEK * (known.size() - 1)) : 0;
        boolean additive = seasonality == Seasonality.ADDITIVE;
        double[] season = new double[HoltWinters.WEEK];
        double total = 0;
        for (int day = 0; day < HoltWinters.WEEK; day++) {
            double sum = 0;
            int count = 0;
            for (int week = 0; week < weeks; week++) {
                double value = values[week * HoltWinters.WEEK + day];
                double mean = means.get(week);
                if (!Double.isNaN(value) && !Double.isNaN(mean) && (additive || mean > 0)) {
                    sum += additive ? value - mean : value / mean;
                    count++;
                }
            }
            season[day] = count == 0 ? (additive ? 0 : 1) : sum / count;
            total += season[day];
        }
        for (int day = 0; day < HoltWinters.WEEK; day++) {
            season[day] = additive ? season[day] - total / HoltWinters.WEEK : season[day] * HoltWinters.WEEK / total;
        }
        double level = known.getFirst() - (HoltWinters.WEEK / 2.0 + 0.5) * slope;
        return new HoltWinters.State(level, slope, season);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}

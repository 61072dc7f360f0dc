package com.kpipulse.domain.analysis.forecast;

import java.util.SplittableRandom;

/**
 * A Holt–Winters model fitted to some days, standing after the last of them: it forecasts the next days and simulates
 * how they may turn out, its one-day errors drawn from a normal distribution as wide as the errors it made on the days
 * fitted, each drawn error moving the states as a real one would. With last year's shape, the model runs on the
 * values divided by it, and its forecasts are multiplied back.
 */
final class FittedModel {

    private final HoltWinters model;
    private final HoltWinters.State state;
    private final double residualSd;
    private final int daysFitted;
    private final boolean neverNegative;
    private final double[] shapeAhead;
    private final boolean yearAgoShape;

    /**
     * @param residualSd on the scale the model runs on
     * @param shapeAhead last year's shape of the days ahead (all 1 without it)
     */
    FittedModel(HoltWinters model, HoltWinters.State state, double residualSd, int daysFitted, boolean neverNegative,
                double[] shapeAhead, boolean yearAgoShape) {
        this.model = model;
        this.state = state.copy();
        this.residualSd = residualSd;
        this.daysFitted = daysFitted;
        this.neverNegative = neverNegative;
        this.shapeAhead = shapeAhead.clone();
        this.yearAgoShape = yearAgoShape;
    }

    /** The most likely values of the next {@code days} days. */
    double[] forecast(int days) {
        double[] values = new double[days];
        for (int h = 1; h <= days; h++) {
            values[h - 1] = floor(shapeAhead[h - 1] * model.predict(state, h));
        }
        return values;
    }

    /**
     * The sums over days {@code firstCounted .. days−1} (0 is the next day) of {@code paths} simulated futures, in no
     * particular order, their errors {@code widening} times as wide as the model's own.
     */
    double[] simulateSums(int days, int firstCounted, int paths, double widening, SplittableRandom random) {
        double[] sums = new double[paths];
        for (int path = 0; path < paths; path++) {
            HoltWinters.State future = state.copy();
            double sum = 0;
            for (int day = 0; day < days; day++) {
                double error = widening * residualSd * random.nextGaussian();
                double value = floor(shapeAhead[day] * (model.predict(future) + error));
                if (day >= firstCounted) {
                    sum += value;
                }
                model.update(future, error);
            }
            sums[path] = sum;
        }
        return sums;
    }

    boolean neverNegative() {
        return neverNegative;
    }

    ModelSummary summary() {
        return new ModelSummary(model.seasonality(), model.trend(), yearAgoShape, model.alpha(), model.beta(),
                model.gamma(), model.trend() == Trend.DAMPED ? model.phi() : 1, residualSd, daysFitted);
    }

    /** Sums of days cannot fall below zero when no day ever did (visits, orders, revenue). */
    private double floor(double value) {
        return neverNegative ? Math.max(0, value) : value;
    }
}

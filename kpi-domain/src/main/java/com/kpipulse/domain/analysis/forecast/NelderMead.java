package com.kpipulse.domain.analysis.forecast;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * The Nelder–Mead simplex search for the minimum of a function of a few unconstrained numbers: no derivatives, a
 * few hundred evaluations for four parameters. Constraints are the caller's, by mapping the real line onto them.
 */
final class NelderMead {

    private static final double REFLECT = 1;
    private static final double EXPAND = 2;
    private static final double CONTRACT = 0.5;
    private static final double SHRINK = 0.5;
    private static final double FIRST_STEP = 0.8;

    private final int maxEvaluations;
    private final double tolerance;

    NelderMead(int maxEvaluations, double tolerance) {
        this.maxEvaluations = maxEvaluations;
        this.tolerance = tolerance;
    }

    /** The best point found from {@code start}. */
    double[] minimize(ToDoubleFunction<double[]> function, double[] start) {
        int n = start.length;
        double[][] simplex = new double[n + 1][];
        double[] values = new double[n + 1];
        simplex[0] = start.clone();
        for (int i = 0; i < n; i++) {
            simplex[i + 1] = start.clone();
            simplex[i + 1][i] += FIRST_STEP;
        }
        int evaluations = 0;
        for (int i = 0; i <= n; i++) {
            values[i] = function.applyAsDouble(simplex[i]);
            evaluations++;
        }
        Integer[] order = new Integer[n + 1];
        while (evaluations < maxEvaluations) {
            for (int i = 0; i <= n; i++) {
                order[i] = i;
            }
            double[] current = values;
            Arrays.sort(order, Comparator.comparingDouble(i -> current[i]));
            double[][] sortedSimplex = new double[n + 1][];
            double[] sortedValues = new double[n + 1];
            for (int i = 0; i <= n; i++) {
                sortedSimplex[i] = simplex[order[i]];
                sortedValues[i] = values[order[i]];
            }
            simplex = sortedSimplex;
            values = sortedValues;
            if (Math.abs(values[n] - values[0]) <= tolerance * (Math.abs(values[0]) + tolerance)) {
                break;
            }
            double[] centroid = new double[n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    centroid[j] += simplex[i][j] / n;
                }
            }
            double[] reflected = toward(centroid, simplex[n], -REFLECT);
            double reflectedValue = function.applyAsDouble(reflected);
            evaluations++;
            if (reflectedValue < values[0]) {
                double[] expanded = toward(centroid, simplex[n], -EXPAND);
                double expandedValue = function.applyAsDouble(expanded);
                evaluations++;
                boolean expandedBetter = expandedValue < reflectedValue;
                simplex[n] = expandedBetter ? expanded : reflected;
                values[n] = expandedBetter ? expandedValue : reflectedValue;
            } else if (reflectedValue < values[n - 1]) {
                simplex[n] = reflected;
                values[n] = reflectedValue;
            } else {
                boolean outside = reflectedValue < values[n];
                double[] contracted = toward(centroid, outside ? reflected : simplex[n], CONTRACT);
                double contractedValue = function.applyAsDouble(contracted);
                evaluations++;
                if (contractedValue < Math.min(reflectedValue, values[n])) {
                    simplex[n] = contracted;
                    values[n] = contractedValue;
                } else {
                    for (int i = 1; i <= n; i++) {
                        simplex[i] = toward(simplex[0], simplex[i], SHRINK);
                        values[i] = function.applyAsDouble(simplex[i]);
                        evaluations++;
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i <= n; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return simplex[best];
    }

    /** {@code from + share · (to − from)}. */
    private static double[] toward(double[] from, double[] to, double share) {
        double[] point = new double[from.length];
        for (int j = 0; j < from.length; j++) {
            point[j] = from[j] + share * (to[j] - from[j]);
        }
        return point;
    }
}

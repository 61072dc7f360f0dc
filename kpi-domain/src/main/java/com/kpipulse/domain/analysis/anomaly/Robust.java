package com.kpipulse.domain.analysis.anomaly;

import java.util.Arrays;

/**
 * Statistics that one wild day cannot drag: the median, the median absolute deviation and the Theil–Sen slope (the
 * median of the slopes between every two points). Up to about a quarter of the points may be anything at all.
 */
final class Robust {

    /** The MAD times this estimates the standard deviation of normally distributed values. */
    static final double MAD_TO_SIGMA = 1.4826;

    private Robust() {
    }

    static double median(double[] values, int count) {
        if (count == 0) {
            throw new IllegalArgumentException("The median of nothing");
        }
        double[] copy = Arrays.copyOf(values, count);
        int middle = count / 2;
        double upper = select(copy, middle);
        if (count % 2 == 1) {
            return upper;
        }
        double lower = copy[0];
        for (int i = 1; i < middle; i++) {
            lower = Math.max(lower, copy[i]);
        }
        return (lower + upper) / 2;
    }

    /**
     * The {@code k}-th smallest value (from 0), by quickselect: afterwards everything before {@code k} is not larger
     * and everything after not smaller. Linear on average, where sorting the window's 1 540 slopes for every day was
     * most of the check's time.
     */
    private static double select(double[] values, int k) {
        int from = 0;
        int to = values.length - 1;
        while (from < to) {
            double pivot = values[(from + to) >>> 1];
            int i = from;
            int j = to;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            if (k <= j) {
                to = j;
            } else if (k >= i) {
                from = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    static double median(double[] values) {
        return median(values, values.length);
    }

    /** The median of |value − centre|. */
    static double medianAbsoluteDeviation(double[] values, double centre) {
        double[] deviations = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            deviations[i] = Math.abs(values[i] - centre);
        }
        return median(deviations);
    }

    /** The Theil–Sen slope of y over x: the median of the slopes of all pairs with different x. */
    static double theilSenSlope(double[] x, double[] y) {
        int n = x.length;
        double[] slopes = new double[n * (n - 1) / 2];
        int count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (x[j] != x[i]) {
                    slopes[count++] = (y[j] - y[i]) / (x[j] - x[i]);
                }
            }
        }
        return count == 0 ? 0 : median(slopes, count);
    }
}

package com.kpipulse.domain.analysis.forecast;

import java.util.Arrays;

/**
 * Simulated values (totals at a deadline, the effects of a budget reallocation under resampled curves): their mean,
 * their quantiles, and how many reach a target.
 */
public final class TotalDistribution {

    private final double[] sorted;

    public TotalDistribution(double[] totals) {
        if (totals.length == 0) {
            throw new IllegalArgumentException("No totals");
        }
        this.sorted = totals.clone();
        Arrays.sort(sorted);
    }

    double mean() {
        double sum = 0;
        for (double total : sorted) {
            sum += total;
        }
        return sum / sorted.length;
    }

    /** The total below which a share {@code p} of the simulated totals lie (linear between neighbours). */
    public double quantile(double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    /** The share of simulated totals at or above {@code threshold}. */
    double shareAtLeast(double threshold) {
        int first = Arrays.binarySearch(sorted, threshold);
        if (first < 0) {
            first = -first - 1;
        } else {
            while (first > 0 && sorted[first - 1] == threshold) {
                first--;
            }
        }
        return (double) (sorted.length - first) / sorted.length;
    }

    /** The share at or below {@code threshold}. */
    double shareAtMost(double threshold) {
        int last = Arrays.binarySearch(sorted, threshold);
        if (last < 0) {
            last = -last - 2;
        } else {
            while (last < sorted.length - 1 && sorted[last + 1] == threshold) {
                last++;
            }
        }
        return (double) (last + 1) / sorted.length;
    }
}

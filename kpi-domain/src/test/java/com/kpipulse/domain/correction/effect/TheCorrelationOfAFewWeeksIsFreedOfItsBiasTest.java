package com.kpipulse.domain.correction.effect;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The lag-one correlation of sixteen weeks of AR(1) noise, fitted with a level or a line, comes out too low by about
 * (p + (p + 2) ρ) / n; once that is taken back, the typical (median) estimate over 2 000 series is the true ρ give or
 * take 0.05, for a level and for a line.
 */
class TheCorrelationOfAFewWeeksIsFreedOfItsBiasTest {

    private static final int WEEKS = 16;
    private static final int SERIES = 2000;

    @Test
    void aLevelsResidualsGiveBackTheTrueCorrelation() {
        assertThat(medianEstimate(0.3, false)).isCloseTo(0.3, offset(0.05));
    }

    @Test
    void aLinesResidualsGiveBackTheTrueCorrelation() {
        assertThat(medianEstimate(0.3, true)).isCloseTo(0.3, offset(0.05));
    }

    private static double medianEstimate(double rho, boolean trend) {
        CourseBefore course = new CourseBefore(0.99);
        SplittableRandom random = new SplittableRandom(16);
        double[] positions = new double[WEEKS];
        for (int week = 0; week < WEEKS; week++) {
            positions[week] = week - WEEKS;
        }
        double[] estimates = new double[SERIES];
        for (int series = 0; series < SERIES; series++) {
            double[] values = new double[WEEKS];
            double previous = random.nextGaussian();
            for (int week = 0; week < WEEKS; week++) {
                previous = rho * previous + Math.sqrt(1 - rho * rho) * random.nextGaussian();
                values[week] = previous;
            }
            estimates[series] = course.shift(positions, values, new double[]{1}, new double[]{0}, trend)
                    .serialCorrelation();
        }
        Arrays.sort(estimates);
        return estimates[SERIES / 2];
    }
}

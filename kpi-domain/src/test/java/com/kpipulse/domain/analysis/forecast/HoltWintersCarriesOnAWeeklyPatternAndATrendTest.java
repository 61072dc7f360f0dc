package com.kpipulse.domain.analysis.forecast;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Fitted to a weekly pattern on a steady level, the model carries the pattern on; on a pattern that grows with the
 * level it chooses the multiplying form; a day without data is passed over, not taken for a zero.
 */
class HoltWintersCarriesOnAWeeklyPatternAndATrendTest {

    private static final double[] WEEK = {1.1, 1.2, 1.15, 1.05, 1.0, 0.7, 0.8};

    private final HoltWintersFit fit = new HoltWintersFit();

    @Test
    void aSteadyWeeklyPatternIsCarriedOnDayByDay() {
        double[] values = new double[84];
        SplittableRandom random = new SplittableRandom(1);
        for (int t = 0; t < values.length; t++) {
            values[t] = 1000 * WEEK[t % 7] * (1 + 0.01 * random.nextGaussian());
        }
        double[] forecast = fit.fit(values, Optional.empty(), 14).forecast(14);

        for (int h = 0; h < 14; h++) {
            assertThat(forecast[h]).as("day %d ahead", h + 1).isCloseTo(1000 * WEEK[(84 + h) % 7], offset(40.0));
        }
    }

    @Test
    void aPatternThatGrowsWithTheLevelIsTakenAsMultiplying() {
        double[] values = new double[140];
        SplittableRandom random = new SplittableRandom(2);
        for (int t = 0; t < values.length; t++) {
            values[t] = 200 * Math.exp(t / 50.0) * WEEK[t % 7] * (1 + 0.01 * random.nextGaussian());
        }
        FittedModel model = fit.fit(values, Optional.empty(), 7);

        assertThat(model.summary().seasonality()).isEqualTo(Seasonality.MULTIPLICATIVE);
        assertThat(model.summary().trend()).isEqualTo(Trend.DAMPED);
        assertThat(model.forecast(1)[0]).isCloseTo(200 * Math.exp(140 / 50.0) * WEEK[0], offset(200 * 16.4 * 0.05));
    }

    @Test
    void aDayWithoutDataIsPassedOverNotTakenForAZero() {
        double[] values = new double[70];
        for (int t = 0; t < values.length; t++) {
            values[t] = t % 7 == 3 && t > 50 ? Double.NaN : 500 * WEEK[t % 7];
        }
        double[] forecast = fit.fit(values, Optional.empty(), 7).forecast(7);

        assertThat(forecast[(3 - 70 % 7 + 7) % 7]).isCloseTo(500 * WEEK[3], offset(5.0));
    }
}

package com.kpipulse.domain.analysis.forecast;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Held-back tails of synthetic daily series (a weekday pattern, a trend, a wandering level, noise): the forecast's
 * MASE beats the seasonal naive forecast (same weekday last week), and its 80 % interval holds the actual total about
 * 80 % of the time. With half a year of history and with six weeks only.
 */
class TheForecastBeatsLastWeekRepeatedOnSyntheticSeriesTest {

    private static final int SEEDS = 60;

    @ParameterizedTest(name = "{0} days ahead")
    @ValueSource(ints = {7, 14, 28})
    void withHalfAYearOfHistoryTheForecastBeatsLastWeekRepeated(int horizon) {
        BackTestFigures figures = BackTestFigures.over(SEEDS, seed -> SyntheticDays.draw(seed, 280), 280 - 28 - 56,
                8, horizon);
        System.out.println(figures.describe("half a year of history", horizon));

        assertThat(figures.mase).isLessThan(0.9 * figures.maseNaive);
        assertThat(figures.seriesWon).isGreaterThanOrEqualTo(SEEDS * 9 / 10);
        assertThat(figures.totalError).isLessThan(figures.totalErrorNaive);
        assertThat(figures.coverage).isBetween(0.72, 0.88);
    }

    @ParameterizedTest(name = "{0} days ahead")
    @ValueSource(ints = {7, 14, 28})
    void withSixWeeksOfHistoryTheForecastStillBeatsLastWeekRepeated(int horizon) {
        BackTestFigures figures = BackTestFigures.over(SEEDS, seed -> SyntheticDays.draw(seed, 42 + 14 + 28), 42, 3,
                horizon);
        System.out.println(figures.describe("six weeks of history", horizon));

        assertThat(figures.mase).isLessThan(figures.maseNaive);
        assertThat(figures.seriesWon).isGreaterThanOrEqualTo(SEEDS * 8 / 10);
        assertThat(figures.coverage).isGreaterThan(0.6);
    }
}

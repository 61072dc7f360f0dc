package com.kpipulse.domain.analysis.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.function.LongFunction;

/** Back-test figures averaged over many synthetic series, one {@link Accuracy} per seed. */
final class BackTestFigures {

    double mase;
    double maseNaive;
    double totalError;
    double totalErrorNaive;
    double coverage;
    int seriesWon;
    int series;

    /**
     * @param series  a series per seed
     * @param before  days of data before the first origin
     * @param origins origins, a week apart
     */
    static BackTestFigures over(int seeds, LongFunction<NavigableMap<LocalDate, BigDecimal>> series, int before,
                                int origins, int horizon) {
        ForecastBackTest backTest = new ForecastBackTest(ForecastRules.standard());
        BackTestFigures figures = new BackTestFigures();
        for (long seed = 1; seed <= seeds; seed++) {
            NavigableMap<LocalDate, BigDecimal> days = series.apply(seed);
            LocalDate first = days.firstKey().plusDays(before - 1L);
            Accuracy accuracy = backTest.run(days, ForecastBackTest.origins(first, first.plusWeeks(origins - 1L), 7),
                    horizon);
            figures.mase += accuracy.mase() / seeds;
            figures.maseNaive += accuracy.maseSeasonalNaive() / seeds;
            figures.totalError += accuracy.totalError() / seeds;
            figures.totalErrorNaive += accuracy.totalErrorSeasonalNaive() / seeds;
            figures.coverage += accuracy.intervalCoverage() / seeds;
            figures.seriesWon += accuracy.mase() < accuracy.maseSeasonalNaive() ? 1 : 0;
            figures.series++;
        }
        return figures;
    }

    String describe(String what, int horizon) {
        return ("%s, %d days ahead: MASE %.3f against %.3f for last week repeated (ratio %.2f), better on %d of %d "
                + "series; error of the total %.1f %% against %.1f %%; 80 %% interval held the total %.1f %% of the "
                + "time")
                .formatted(what, horizon, mase, maseNaive, mase / maseNaive, seriesWon, series, 100 * totalError,
                        100 * totalErrorNaive, 100 * coverage);
    }
}

package com.kpipulse.domain.analysis.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Back-tests the forecast on a series' history: at each origin, fit on the days up to it (as a forecast made that day
 * would), forecast the next days, and compare with what came, next to the seasonal naive forecast.
 */
public final class ForecastBackTest {

    private final ForecastRules rules;
    private final HoltWintersFit fit = new HoltWintersFit();

    public ForecastBackTest(ForecastRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * @param origins the last known day of each forecast; each needs {@code horizon} days of data after it and the
     *                rules' minimum of days before it
     */
    public Accuracy run(NavigableMap<LocalDate, BigDecimal> daily, List<LocalDate> origins, int horizon) {
        double mase = 0;
        double maseNaive = 0;
        double totalError = 0;
        double totalErrorNaive = 0;
        int covered = 0;
        int used = 0;
        SplittableRandom random = new SplittableRandom(rules.seed());
        double tail = (1 - rules.interval()) / 2;
        for (LocalDate origin : origins) {
            FitWindow window = FitWindow.of(daily, origin, rules.fitDays());
            double[] actual = actual(daily, origin, horizon);
            double scale = SeasonalNaive.meanWeekOnWeekChange(window.values());
            if (window.daysWithData() < HoltWintersFit.MINIMUM_DAYS || actual == null || !(scale > 0)) {
                continue;
            }
            FittedModel model = fit.fit(window.values(), window.yearAgoShape(daily, horizon), horizon);
            double[] forecast = model.forecast(horizon);
            double[] naive = SeasonalNaive.forecast(window.values(), horizon);
            mase += meanAbsoluteError(forecast, actual) / scale;
            maseNaive += meanAbsoluteError(naive, actual) / scale;
            double actualTotal = sum(actual);
            totalError += Math.abs(sum(forecast) - actualTotal) / actualTotal;
            totalErrorNaive += Math.abs(sum(naive) - actualTotal) / actualTotal;
            TotalDistribution totals = new TotalDistribution(model.simulateSums(horizon, 0, rules.paths(),
                    rules.widening(), random));
            covered += actualTotal >= totals.quantile(tail) && actualTotal <= totals.quantile(1 - tail) ? 1 : 0;
            used++;
        }
        if (used == 0) {
            throw new IllegalArgumentException("No origin had enough days before and after it");
        }
        return new Accuracy(horizon, used, mase / used, maseNaive / used, totalError / used, totalErrorNaive / used,
                (double) covered / used);
    }

    /** The {@code horizon} days after {@code origin}, or null when one of them has no data. */
    private static double[] actual(NavigableMap<LocalDate, BigDecimal> daily, LocalDate origin, int horizon) {
        double[] values = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            BigDecimal value = daily.get(origin.plusDays(h + 1L));
            if (value == null) {
                return null;
            }
            values[h] = value.doubleValue();
        }
        return values;
    }

    private static double meanAbsoluteError(double[] forecast, double[] actual) {
        double sum = 0;
        for (int h = 0; h < actual.length; h++) {
            sum += Math.abs(forecast[h] - actual[h]);
        }
        return sum / actual.length;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum;
    }

    /** Origins every {@code step} days from {@code first} to {@code last}. */
    public static List<LocalDate> origins(LocalDate first, LocalDate last, int step) {
        return first.datesUntil(last.plusDays(1), Period.ofDays(step)).toList();
    }
}

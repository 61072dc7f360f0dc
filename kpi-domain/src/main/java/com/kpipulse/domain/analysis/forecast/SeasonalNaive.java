package com.kpipulse.domain.analysis.forecast;

/**
 * The forecast to beat: each day will be what the same weekday was in the last week known. Also the yardstick of
 * MASE: its mean one-day error inside the days fitted is what every error is divided by.
 */
final class SeasonalNaive {

    private SeasonalNaive() {
    }

    /** The next {@code days} days after {@code values}; a weekday without data last week takes the week before. */
    static double[] forecast(double[] values, int days) {
        double[] forecast = new double[days];
        for (int h = 0; h < days; h++) {
            int day = values.length - HoltWinters.WEEK + h % HoltWinters.WEEK;
            while (day >= HoltWinters.WEEK && Double.isNaN(values[day])) {
                day -= HoltWinters.WEEK;
            }
            forecast[h] = values[day];
        }
        return forecast;
    }

    /** The mean |value − value a week before| over {@code values}, skipping days without data. */
    static double meanWeekOnWeekChange(double[] values) {
        double sum = 0;
        int count = 0;
        for (int t = HoltWinters.WEEK; t < values.length; t++) {
            if (!Double.isNaN(values[t]) && !Double.isNaN(values[t - HoltWinters.WEEK])) {
                sum += Math.abs(values[t] - values[t - HoltWinters.WEEK]);
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}

package com.kpipulse.domain.correction.effect;

import java.time.LocalDate;
import java.util.List;

/**
 * A group's KPI summed week by week: per week Σ value × weight and Σ weight over its days with data, so a week's value
 * and the value of several weeks together are computed as the catalog computes a KPI over a longer period.
 */
final class WeekSums {

    private final double[] weighted;
    private final double[] weights;
    private final int[] daysWithData;

    private WeekSums(int weeks) {
        weighted = new double[weeks];
        weights = new double[weeks];
        daysWithData = new int[weeks];
    }

    static WeekSums of(KpiDays kpi, List<LocalDate> weeks) {
        WeekSums sums = new WeekSums(weeks.size());
        for (int week = 0; week < weeks.size(); week++) {
            LocalDate first = weeks.get(week);
            for (KpiDays.Day day : kpi.days().subMap(first, true, first.plusDays(Weeks.DAYS), false).values()) {
                if (day.weight().signum() > 0) {
                    double weight = day.weight().doubleValue();
                    sums.weighted[week] += day.value().doubleValue() * weight;
                    sums.weights[week] += weight;
                    sums.daysWithData[week]++;
                }
            }
        }
        return sums;
    }

    /** Whether the week has the days with data it needs to count. */
    boolean counts(int week, int daysForAWeek) {
        return daysWithData[week] >= daysForAWeek;
    }

    double value(int week) {
        return weighted[week] / weights[week];
    }

    /** The values of the weeks {@code chosen}. */
    double[] values(int[] chosen) {
        double[] values = new double[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            values[i] = value(chosen[i]);
        }
        return values;
    }

    /** The KPI over the weeks {@code chosen} together. */
    double pooled(int[] chosen) {
        double sum = 0;
        double weight = 0;
        for (int week : chosen) {
            sum += weighted[week];
            weight += weights[week];
        }
        return sum / weight;
    }
}

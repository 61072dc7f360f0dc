package com.kpipulse.web.kpi;

import com.kpipulse.domain.period.Period;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The periods along a chart's axis, oldest first, and where a day sits on it, counted in periods as
 * {@link LineChart.Band} counts them: a period's point sits at its index on its last day, and a day before that one
 * day's share of the period earlier (Wednesday of the third week of a chart is at 2 − 4/7).
 */
record PeriodAxis(List<Period> periods) {

    PeriodAxis {
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("An axis has at least one period");
        }
    }

    /** This axis run on, period after period of the last one's length, up to the one holding {@code day}. */
    PeriodAxis through(LocalDate day) {
        Objects.requireNonNull(day, "day");
        List<Period> longer = new ArrayList<>(periods);
        for (Period next = periods.getLast().next(); !next.start().isAfter(day); next = next.next()) {
            longer.add(next);
        }
        return new PeriodAxis(longer);
    }

    /** Whether the day falls in one of the periods. */
    boolean holds(LocalDate day) {
        return !day.isBefore(periods.getFirst().start()) && day.isBefore(periods.getLast().endExclusive());
    }

    /** Where the day sits; a day before the first period's first point at 0, after the last period at its point. */
    double position(LocalDate day) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).contains(day)) {
                return Math.max(0, at(i, day));
            }
        }
        return day.isBefore(periods.getFirst().start()) ? 0 : periods.size() - 1;
    }

    private double at(int index, LocalDate day) {
        Period period = periods.get(index);
        return index - ChronoUnit.DAYS.between(day, period.lastDay()) / (double) period.days();
    }
}

package com.kpipulse.adapters.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/**
 * When people buy from the demo shop: less at weekends, a dip in summer and in the New Year holidays, a peak from
 * Black Friday to the end of December. Factors are relative to an average day.
 */
final class Seasonality {

    /** Mid-month level, January to December. */
    private static final double[] MONTHS = {0.88, 0.95, 1.02, 1.00, 0.93, 0.86, 0.82, 0.88, 1.00, 1.06, 1.24, 1.32};

    private Seasonality() {
    }

    static double weekly(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case MONDAY -> 1.05;
            case TUESDAY -> 1.07;
            case WEDNESDAY -> 1.06;
            case THURSDAY -> 1.04;
            case FRIDAY -> 0.98;
            case SATURDAY -> 0.86;
            case SUNDAY -> 0.90;
        };
    }

    /** The yearly wave, smooth from one mid-month to the next, with the holiday dip and the Black Friday rush. */
    static double yearly(LocalDate day) {
        LocalDate middle = day.withDayOfMonth(15);
        LocalDate from = day.isBefore(middle) ? middle.minusMonths(1) : middle;
        LocalDate to = from.plusMonths(1);
        double share = (double) (day.toEpochDay() - from.toEpochDay()) / (to.toEpochDay() - from.toEpochDay());
        double level = MONTHS[from.getMonthValue() - 1] * (1 - share) + MONTHS[to.getMonthValue() - 1] * share;
        return level * holidays(day);
    }

    private static double holidays(LocalDate day) {
        boolean newYear = day.getMonth() == Month.DECEMBER && day.getDayOfMonth() == 31
                || day.getMonth() == Month.JANUARY && day.getDayOfMonth() <= 8;
        if (newYear) {
            return 0.62;
        }
        LocalDate blackFriday = day.withMonth(11).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
        long fromBlackFriday = day.toEpochDay() - blackFriday.toEpochDay();
        return fromBlackFriday >= -1 && fromBlackFriday <= 3 ? 1.30 : 1.0;
    }
}

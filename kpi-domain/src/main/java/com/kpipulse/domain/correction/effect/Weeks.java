package com.kpipulse.domain.correction.effect;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole weeks compared, each given by its first day: those just before the start, oldest first, and those of the
 * measuring window counted back from its end, so the days left over (fewer than seven) are the first days after the
 * start, when an action is still going in. Whole weeks hold every weekday once, so a weekday pattern cancels out of
 * every comparison without being estimated, and most of the day-to-day correlation of the noise stays inside a week.
 *
 * @param start the action's start, from which weeks are placed ({@link #position})
 */
record Weeks(LocalDate start, List<LocalDate> before, List<LocalDate> after) {

    static final int DAYS = 7;

    Weeks {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    static Weeks of(MeasuringWindow window, int weeksBefore) {
        List<LocalDate> before = new ArrayList<>();
        for (int week = weeksBefore; week >= 1; week--) {
            before.add(window.start().minusDays((long) DAYS * week));
        }
        long daysMeasured = window.end().toEpochDay() - window.start().toEpochDay() + 1;
        long weeksAfter = Math.max(0, daysMeasured / DAYS);
        LocalDate firstAfter = window.end().minusDays(DAYS * weeksAfter - 1);
        List<LocalDate> after = new ArrayList<>();
        for (int week = 0; week < weeksAfter; week++) {
            after.add(firstAfter.plusDays((long) DAYS * week));
        }
        return new Weeks(window.start(), before, after);
    }

    /** Where a week lies, in weeks from the start (the week just before it is at −1). */
    double position(LocalDate firstDay) {
        return (firstDay.toEpochDay() - start.toEpochDay()) / (double) DAYS;
    }

    /** The positions of the weeks {@code chosen} among {@code weeks}. */
    double[] positions(List<LocalDate> weeks, int[] chosen) {
        double[] positions = new double[chosen.length];
        for (int i = 0; i < chosen.length; i++) {
            positions[i] = position(weeks.get(chosen[i]));
        }
        return positions;
    }

    /** The days from the first of the weeks {@code chosen} among {@code weeks} to the last. */
    static Stretch stretch(List<LocalDate> weeks, int[] chosen) {
        return new Stretch(weeks.get(chosen[0]), weeks.get(chosen[chosen.length - 1]).plusDays(DAYS - 1),
                chosen.length);
    }
}

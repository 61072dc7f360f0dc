package com.kpipulse.domain.correction.effect;

import com.kpipulse.domain.correction.EffectWindow;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When an action's effect is measured: from the day it started (went in progress or was accepted) to its due date
 * plus a window set per action ({@link EffectWindow}), two weeks unless said otherwise, so a change that takes a while
 * to show is seen. A window that ends too soon after the start is not refused here: the measurement says there is too
 * little data.
 *
 * @param daysAfterDue days after the due date still measured
 */
public record MeasuringWindow(LocalDate start, LocalDate due, int daysAfterDue) {

    public static final int STANDARD_DAYS_AFTER_DUE = EffectWindow.STANDARD;

    public MeasuringWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(due, "due");
        if (daysAfterDue < 0) {
            throw new IllegalArgumentException("A window after the due date is not negative, got " + daysAfterDue);
        }
    }

    /** From the start to two weeks after the due date. */
    public static MeasuringWindow standard(LocalDate start, LocalDate due) {
        return new MeasuringWindow(start, due, STANDARD_DAYS_AFTER_DUE);
    }

    /** The last day measured. */
    public LocalDate end() {
        return due.plusDays(daysAfterDue);
    }
}

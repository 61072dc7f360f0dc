package com.kpipulse.application.demo;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Fired (as a CDI event) once the demo company's files have all been imported. Whatever belongs to the demo but is
 * not an import, such as the demo goals, observes it and adds itself for the same period.
 *
 * @param firstDay first day with demo values
 * @param lastDay  last day with demo values (inclusive, the day before the load)
 * @param files    how many files were imported
 * @param values   how many values they carried
 */
public record DemoDataLoaded(LocalDate firstDay, LocalDate lastDay, int files, long values) {

    public DemoDataLoaded {
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("The demo period ends (" + lastDay + ") before it starts (" + firstDay + ")");
        }
    }
}

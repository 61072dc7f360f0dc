package com.kpipulse.domain.analysis.why;

import java.util.Objects;

/**
 * The same two periods a year earlier (the period asked about and its reference), to see whether last year made the
 * same move: a dip in the same week both years is the season.
 */
public record YearEarlier(PeriodFigures actual, PeriodFigures reference) {

    public YearEarlier {
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(reference, "reference");
    }
}

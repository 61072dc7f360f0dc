package com.kpipulse.domain.correction.effect;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The whole weeks a side of the comparison was measured on: from the first day of the first to the last day of the
 * last, and how many weeks with data there were (weeks without enough data in between are left out).
 */
public record Stretch(LocalDate from, LocalDate to, int weeks) {

    public Stretch {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from) || weeks < 1) {
            throw new IllegalArgumentException("A stretch of at least a week, got " + from + " .. " + to);
        }
    }
}

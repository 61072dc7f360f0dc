package com.kpipulse.application.measure;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The stored values a file would change: values of the same source, measure, period and dimensions that the file
 * gives another figure (or currency) for. A preview says so before anybody confirms.
 *
 * @param values how many stored values would change (at least one)
 * @param from   the first period start among them
 * @param to     the last period start among them
 */
public record Replacement(long values, LocalDate from, LocalDate to) {

    public Replacement {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (values < 1) {
            throw new IllegalArgumentException("a replacement changes at least one value");
        }
    }
}

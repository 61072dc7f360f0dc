package com.kpipulse.domain.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One week's figure typed by hand: the week is named by its first day within the goal (the goal's start for a
 * clipped first week, a Monday otherwise); the value is that week's part of a total, or a rate's level in that week.
 */
public record ManualPart(LocalDate periodStart, BigDecimal value) {

    public ManualPart {
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(value, "value");
    }

    public static ManualPart of(String periodStart, String value) {
        return new ManualPart(LocalDate.parse(periodStart), new BigDecimal(value));
    }
}

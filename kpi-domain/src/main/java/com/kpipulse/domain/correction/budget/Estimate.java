package com.kpipulse.domain.correction.budget;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure the curves expect, with the interval the bootstrap gives it ({@link BudgetRules#interval()}: 80 % by
 * default, from the 10th to the 90th percentile of the resampled curves).
 */
public record Estimate(BigDecimal expected, BigDecimal low, BigDecimal high) {

    public Estimate {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("The interval ends before it starts: " + low + " .. " + high);
        }
    }

    /** The estimate moved down by {@code amount}: the expected value and both ends. */
    public Estimate less(BigDecimal amount) {
        return new Estimate(expected.subtract(amount), low.subtract(amount), high.subtract(amount));
    }
}

package com.kpipulse.domain.correction.effect;

import java.math.BigDecimal;
import java.util.Objects;

/** An estimate and the interval the true value probably lies in. */
public record IntervalEstimate(BigDecimal estimate, BigDecimal low, BigDecimal high) {

    public IntervalEstimate {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.compareTo(estimate) > 0 || estimate.compareTo(high) > 0) {
            throw new IllegalArgumentException("The estimate " + estimate + " is outside " + low + " .. " + high);
        }
    }

    public boolean contains(BigDecimal value) {
        return low.compareTo(value) <= 0 && value.compareTo(high) <= 0;
    }
}

package com.kpipulse.domain.evaluation;

import java.math.BigDecimal;
import java.util.Objects;

/** A relative change or share as a fraction: +20 % is {@code 0.20}, -10 % is {@code -0.10}. */
public record Percentage(BigDecimal fraction) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Percentage {
        Objects.requireNonNull(fraction, "fraction");
        if (fraction.compareTo(BigDecimal.ONE.negate()) < 0) {
            throw new IllegalArgumentException("A change below -100 % would make the value negative: " + fraction);
        }
    }

    /** {@code ofPercent("20")} is +20 %. */
    public static Percentage ofPercent(String percent) {
        return new Percentage(new BigDecimal(percent).divide(HUNDRED));
    }

    public BigDecimal percent() {
        return fraction.multiply(HUNDRED);
    }

    /** The factor to apply to a baseline: 1.20 for +20 %. */
    public BigDecimal factor() {
        return BigDecimal.ONE.add(fraction);
    }
}

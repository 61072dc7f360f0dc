package com.kpipulse.domain.analysis.why;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A slice's part of the deviation of a KPI over all slices, in the KPI's unit, split in two: the rate effect (the
 * slice's own ratio moved, or for a total its own value) and the mix effect (its weight in the denominator moved,
 * pulling the whole towards its own ratio). {@code contribution = rateEffect + mixEffect} exactly.
 */
public record RateAndMix(BigDecimal rateEffect, BigDecimal mixEffect) {

    public RateAndMix {
        Objects.requireNonNull(rateEffect, "rateEffect");
        Objects.requireNonNull(mixEffect, "mixEffect");
    }

    public BigDecimal contribution() {
        return rateEffect.add(mixEffect);
    }

    /** The same effects with {@code residual} added to the larger of the two, as the exact-residual rule asks. */
    RateAndMix plus(BigDecimal residual) {
        return rateEffect.abs().compareTo(mixEffect.abs()) >= 0
                ? new RateAndMix(rateEffect.add(residual), mixEffect)
                : new RateAndMix(rateEffect, mixEffect.add(residual));
    }
}

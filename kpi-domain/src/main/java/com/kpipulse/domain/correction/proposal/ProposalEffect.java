package com.kpipulse.domain.correction.proposal;

import com.kpipulse.domain.correction.EffectDirection;
import com.kpipulse.domain.correction.ExpectedEffect;
import com.kpipulse.domain.kpi.KpiCode;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What following a proposal is expected to do to a KPI: which way and by how much, as a share of the KPI's value
 * ({@code 0.04}: by 4 %), with the interval the estimate gives ({@code low} to {@code high}, in the same shares, signed:
 * a low end below zero says the KPI may as well fall).
 */
public record ProposalEffect(KpiCode kpi, EffectDirection direction, BigDecimal size, BigDecimal low,
                             BigDecimal high) {

    public ProposalEffect {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (!ExpectedEffect.fits(size)) {
            throw new IllegalArgumentException("An effect is above 0 and at most " + ExpectedEffect.LARGEST
                    + ", got " + size);
        }
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("The interval ends before it starts: " + low + " .. " + high);
        }
    }

    /** The effect an action made from the proposal expects. */
    public ExpectedEffect expected() {
        return new ExpectedEffect(kpi, direction, size);
    }
}

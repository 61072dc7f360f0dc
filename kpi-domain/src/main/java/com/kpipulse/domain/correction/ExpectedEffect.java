package com.kpipulse.domain.correction;

import com.kpipulse.domain.kpi.KpiCode;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an action is expected to do to a KPI: which KPI, which way and by how much, as a share of the KPI's value
 * ({@code 0.10}: by 10 %).
 *
 * @param size more than nothing and at most {@link #LARGEST} (ten times the value)
 */
public record ExpectedEffect(KpiCode kpi, EffectDirection direction, BigDecimal size) {

    /** The largest change an action may promise: ten times the value (1 000 %). */
    public static final BigDecimal LARGEST = BigDecimal.TEN;

    public ExpectedEffect {
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(size, "size");
        if (!fits(size)) {
            throw new IllegalArgumentException("An expected effect is above 0 and at most " + LARGEST + ", got " + size);
        }
        size = size.stripTrailingZeros();
    }

    /** Whether {@code size} may be an effect's size. */
    public static boolean fits(BigDecimal size) {
        return size.signum() > 0 && size.compareTo(LARGEST) <= 0;
    }
}

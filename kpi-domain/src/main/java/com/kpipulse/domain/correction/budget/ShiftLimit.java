package com.kpipulse.domain.correction.budget;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How far the proposal may move a channel's weekly spend from where it is: at most this share of it up or down. A
 * response curve learnt around the current spend says little about spend far from it, and a team cannot turn a
 * channel over in a week.
 *
 * @param maxShare above 0 and at most 1 (0.3: each channel between 70 % and 130 % of its current spend)
 */
public record ShiftLimit(BigDecimal maxShare) {

    public ShiftLimit {
        Objects.requireNonNull(maxShare, "maxShare");
        if (maxShare.signum() <= 0 || maxShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("A shift limit is above 0 and at most 1, got " + maxShare.toPlainString());
        }
    }

    /** ±30 %. */
    public static ShiftLimit standard() {
        return new ShiftLimit(new BigDecimal("0.30"));
    }
}

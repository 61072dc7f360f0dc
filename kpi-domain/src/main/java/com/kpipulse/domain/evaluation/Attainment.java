package com.kpipulse.domain.evaluation;

import com.kpipulse.domain.kpi.Direction;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * How far the actual is from the target, direction-aware: 1 means exactly on target, above 1 means
 * better than the target. For "higher is better" it is 1 + (actual - target) / |target| (so actual
 * / target for positive targets); for "lower is better" it is 1 + (target - actual) / |target|, so
 * a CAC 10 % under its target scores 1.10 and 10 % over scores 0.90. A target of 0 (ROMI
 * break-even) has no attainment; only "met or not" is known.
 */
public final class Attainment {

    private Attainment() {
    }

    public static Optional<BigDecimal> of(Direction direction, BigDecimal actual, BigDecimal target) {
        if (target.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal better = direction == Direction.HIGHER_IS_BETTER ? actual.subtract(target) : target.subtract(actual);
        return Optional.of(BigDecimal.ONE.add(better.divide(target.abs(), MathContext.DECIMAL128)));
    }

    public static boolean meetsTarget(Direction direction, BigDecimal actual, BigDecimal target) {
        int comparison = actual.compareTo(target);
        return direction == Direction.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
    }
}

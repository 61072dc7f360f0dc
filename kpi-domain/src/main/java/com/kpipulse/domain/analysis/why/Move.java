package com.kpipulse.domain.analysis.why;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A figure in the reference and in the period, and how its move compares with its usual noise.
 */
public record Move(BigDecimal reference, BigDecimal actual, Optional<Noise> noise) {

    public Move {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(noise, "noise");
    }

    /** The move in spreads of the usual noise; empty when the history is too short to know the noise. */
    public OptionalDouble z() {
        return noise.map(found -> OptionalDouble.of(found.z(reference, actual))).orElse(OptionalDouble.empty());
    }

    /** The move as its noise measures it: a log ratio, or a difference; without noise a log ratio where it can be. */
    public double change() {
        return noise.map(found -> found.change(reference, actual))
                .orElseGet(() -> Noise.change(reference.signum() > 0 && actual.signum() > 0, reference, actual));
    }

    /** Beyond {@code spreads} of its noise (false when the noise is unknown). */
    public boolean beyond(double spreads) {
        OptionalDouble z = z();
        return z.isPresent() && Math.abs(z.getAsDouble()) > spreads;
    }

    public boolean within(double spreads) {
        OptionalDouble z = z();
        return z.isPresent() && Math.abs(z.getAsDouble()) <= spreads;
    }

    /** Up (+1), down (−1) or unchanged (0). */
    public int direction() {
        return actual.compareTo(reference);
    }
}

package com.kpipulse.domain.correction.effect;

import java.util.Objects;

/**
 * How a measurement was made, for whoever checks it.
 *
 * @param trend             whether the course before the start was a line (interrupted time series with enough
 *                          weeks), not only a level
 * @param serialCorrelation the week-to-week correlation of the noise before the start that widened the interval
 * @param confidence        the probability the interval holds the true effect with
 * @param noEffectBand      the change, as a share of what the KPI would have been, that counted as no change
 */
public record EffectBasis(EffectScale scale, Stretch before, Stretch after, boolean trend, double serialCorrelation,
                          double confidence, double noEffectBand) {

    public EffectBasis {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}

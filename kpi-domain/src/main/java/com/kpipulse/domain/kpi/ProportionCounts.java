package com.kpipulse.domain.kpi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The counts behind a rate KPI such as conversion (orders out of visits): how sure we can be of the
 * rate depends on how many trials there were.
 */
public record ProportionCounts(BigDecimal successes, BigDecimal trials) {

    public ProportionCounts {
        Objects.requireNonNull(successes, "successes");
        Objects.requireNonNull(trials, "trials");
        if (trials.signum() <= 0 || successes.signum() < 0 || successes.compareTo(trials) > 0) {
            throw new IllegalArgumentException("Need 0 <= successes <= trials and trials > 0, got " + successes + " / " + trials);
        }
    }
}

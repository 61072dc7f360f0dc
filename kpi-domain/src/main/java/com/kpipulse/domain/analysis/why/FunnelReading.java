package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.LocalizedText;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A funnel of the catalog read for one period: its steps between the stages that have data, and the weakest step —
 * the one whose conversion dropped furthest against its own history (none when no step dropped).
 */
public record FunnelReading(String funnel, LocalizedText name, List<FunnelStep> steps, Optional<FunnelStep> weakest) {

    public FunnelReading {
        Objects.requireNonNull(funnel, "funnel");
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(steps);
        Objects.requireNonNull(weakest, "weakest");
    }
}

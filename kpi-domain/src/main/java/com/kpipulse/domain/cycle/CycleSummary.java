package com.kpipulse.domain.cycle;

import java.time.Instant;
import java.util.Objects;

/** A stored cycle in a line: its period, when and by whom it ran, and how many figures deviated. */
public record CycleSummary(CyclePeriod period, boolean provisional, Instant ranAt, String ranBy, long offTrack,
                           long atRisk, long offTrackThreeInARow) {

    public CycleSummary {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(ranAt, "ranAt");
        Objects.requireNonNull(ranBy, "ranBy");
    }
}

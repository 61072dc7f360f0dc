package com.kpipulse.domain.correction.proposal;

import java.time.Instant;
import java.util.Objects;

/** Why, by whom and when a proposal was rejected. */
public record Rejection(String reason, String by, Instant at) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("A rejection says why");
        }
    }
}

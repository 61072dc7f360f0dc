package com.kpipulse.domain.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Context on a KPI's values (seed 002: a number without context says little): "sale started", "tracking broke on
 * the 12th". Written by a person about a day, optionally one channel.
 */
public record Annotation(UUID id, String kpi, LocalDate day, String channel, String author, Instant writtenAt,
                         String text) {

    public static final int MAX_LENGTH = 2000;

    public Annotation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(writtenAt, "writtenAt");
        channel = channel == null ? "" : channel;
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("An annotation has 1 to " + MAX_LENGTH + " characters of text");
        }
    }
}

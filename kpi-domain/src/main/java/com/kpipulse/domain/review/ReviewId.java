package com.kpipulse.domain.review;

import java.util.Objects;
import java.util.UUID;

/** The stable id of a weekly review. */
public record ReviewId(UUID value) {

    public ReviewId {
        Objects.requireNonNull(value, "value");
    }

    public static ReviewId random() {
        return new ReviewId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

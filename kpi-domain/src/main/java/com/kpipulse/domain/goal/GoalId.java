package com.kpipulse.domain.goal;

import java.util.Objects;
import java.util.UUID;

public record GoalId(UUID value) {

    public GoalId {
        Objects.requireNonNull(value, "value");
    }

    public static GoalId random() {
        return new GoalId(UUID.randomUUID());
    }
}

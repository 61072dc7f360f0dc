package com.kpipulse.domain.correction;

import java.util.Objects;
import java.util.UUID;

/** The stable id of a corrective action. */
public record ActionId(UUID value) {

    public ActionId {
        Objects.requireNonNull(value, "value");
    }

    public static ActionId random() {
        return new ActionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package com.kpipulse.application.version;

import java.util.Objects;

/**
 * A record as it was read, with the version it had: the version a later write may name to say "only if nobody changed
 * it since I read it". Versions start at 1 when a record is first stored and grow by one with every change; 0 stands
 * for "never stored" (a role's default scorecard, a custom KPI that does not exist).
 */
public record Versioned<T>(T value, long version) {

    public Versioned {
        Objects.requireNonNull(value, "value");
        if (version < 0) {
            throw new IllegalArgumentException("versions are not negative: " + version);
        }
    }
}

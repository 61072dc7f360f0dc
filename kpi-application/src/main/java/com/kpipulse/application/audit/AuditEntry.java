package com.kpipulse.application.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of the audit trail as it is read back: when, who, what was done, and the state before and after as text
 * (null where there was none).
 */
public record AuditEntry(Instant at, String actor, String action, String before, String after) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
    }
}

package com.kpipulse.application.importing.pull;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The end of one pull of one connection.
 *
 * @param message     what happened, for a person: the values imported, or why nothing was
 * @param importBatch the import batch the payload went through, or null when nothing was imported
 */
public record SyncOutcome(Instant at, PullStatus status, String message, UUID importBatch) {

    public SyncOutcome {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(message, "message");
    }
}

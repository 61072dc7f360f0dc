package com.kpipulse.application.version;

/**
 * How a versioned write ended in a store: written (with the version the record has now), refused because the record
 * moved on since the writer read it, or refused because there is no such record. Data, not exceptions: a stale write
 * is an everyday outcome of two people editing at once.
 */
public sealed interface VersionedWrite {

    record Written(long version) implements VersionedWrite {
    }

    /** Somebody else changed the record first; it is now at {@code currentVersion} (0: it is gone). */
    record Stale(long currentVersion) implements VersionedWrite {
    }

    /** There is no such record to replace. */
    record Missing() implements VersionedWrite {
    }
}

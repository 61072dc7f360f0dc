package com.kpipulse.application.importing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Outgoing port: the history of imports, with the raw bytes kept so values can be re-derived later.
 * <p>
 * An import is all or nothing in one transaction, so a process that dies in its middle leaves no value behind; without
 * more it would leave no trace either, and the person who uploaded the file could not tell it had been lost. So an
 * import is first {@linkplain #begin begun} (a RUNNING batch, committed at once), {@linkplain #hold held} by the
 * import's own transaction while it runs, and {@linkplain #record recorded} as it ended in that same transaction. A
 * RUNNING batch that no live transaction holds any more was abandoned by a dead process:
 * {@link #interruptAbandoned} marks it INTERRUPTED.
 */
public interface ImportBatches {

    /** Records that an import began (status RUNNING), in a transaction of its own that is committed on return. */
    void begin(ImportReport running, String sourceSystem);

    /**
     * Holds the begun batch for the caller's transaction until it ends: while held, the batch is not taken for
     * abandoned, on any replica.
     */
    void hold(UUID id);

    /**
     * Says, once an import has read its file, which bytes {@link #record} will keep: an adapter may start preparing
     * them (the store compresses them) on another core while the import's store finishes, so that recording does
     * not wait for it. Nothing is kept unless {@link #record} follows.
     */
    default void keepingRaw(UUID id, ImportContent raw) {
    }

    /** Records how an import ended, replacing its RUNNING batch if it was begun. */
    void record(ImportReport report, String sourceSystem, ImportContent raw);

    /**
     * Marks INTERRUPTED every RUNNING batch begun before {@code begunBefore} that no live transaction holds; returns
     * how many. The margin keeps a batch begun a moment ago, and not held yet, from being taken for abandoned.
     */
    int interruptAbandoned(Instant begunBefore);

    Optional<ImportReport> find(UUID id);

    List<ImportReport> latest(int limit);
}

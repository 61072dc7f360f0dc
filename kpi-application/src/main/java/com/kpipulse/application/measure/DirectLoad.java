package com.kpipulse.application.measure;

import java.util.Optional;

/**
 * Values of one import written to the store in the one pass that reads the file: what most files are, values of keys
 * the store does not hold yet, each named once, and re-deliveries (a scheduled pull's rolling window, a corrected
 * export), whose values replace the stored ones of their keys. Whether the file could be taken that way is known
 * only at the end; if not (a key named twice in the file, or a stored key met after values went out), the load
 * leaves nothing behind and the file takes the staging path, which lists contradictions and replaces by key.
 */
public interface DirectLoad extends ObservationTarget, AutoCloseable {

    /**
     * Ends the load. Present: the file named each key once and its values are in the store (in the current
     * transaction), new keys added, stored keys given another value replaced, identical ones untouched. Empty:
     * nothing of the load is kept.
     */
    Optional<Written> finish();

    /** Undoes the load unless {@link #finish()} answered with what it wrote. */
    @Override
    void close();
}

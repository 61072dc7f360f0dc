package com.kpipulse.application.measure;

/**
 * Values of one import written straight into the store while the file is read: the fast way for what most files
 * are, values of keys the store does not hold yet, each named once. Whether that held is known only at the end;
 * if not, the load leaves nothing behind and the file takes the staging path, which replaces by key and lists
 * contradictions.
 */
public interface DirectLoad extends ObservationTarget, AutoCloseable {

    /**
     * Ends the load. {@code true}: every value was a key new to the store and the file named each key once; the
     * values are in the store (in the current transaction). {@code false}: nothing of the load is kept.
     */
    boolean finish();

    /** Undoes the load unless {@link #finish()} answered {@code true}. */
    @Override
    void close();
}

package com.kpipulse.application.evaluation;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value read from the store and kept in memory until the data changes: the key is the {@link DataVersion} (the
 * store's change notices, so another replica's change counts as soon as its notice arrives) and the changes made
 * through this replica ({@link #changedHere()}, which count at once). For small records read on every request (the
 * channel catalog, the company's settings) that change a few times a year.
 *
 * @param <T> what is kept
 */
public final class KeptUntilDataChanges<T> {

    private record Kept<T>(T value, long dataVersion, long localChanges) {
    }

    private final Supplier<T> read;
    private final DataVersion version;
    private final AtomicLong localChanges = new AtomicLong();
    private volatile Kept<T> kept;

    /** @param read reads the value from the store */
    public KeptUntilDataChanges(Supplier<T> read, DataVersion version) {
        this.read = read;
        this.version = version;
    }

    /** The value as it stands (the version is read before the value, so it is never older than its key). */
    public T current() {
        long seen = version.current();
        long local = localChanges.get();
        Kept<T> now = kept;
        if (now != null && now.dataVersion() == seen && now.localChanges() == local) {
            return now.value();
        }
        T value = read.get();
        kept = new Kept<>(value, seen, local);
        return value;
    }

    /** A change made through this replica (after its transaction ended): the next read takes the stored value. */
    public void changedHere() {
        localChanges.incrementAndGet();
    }
}

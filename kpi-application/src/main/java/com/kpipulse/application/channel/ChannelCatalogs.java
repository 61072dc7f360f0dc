package com.kpipulse.application.channel;

import com.kpipulse.application.evaluation.DataVersion;
import com.kpipulse.domain.channel.ChannelCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The channel catalog as every page, filter, import and the mapping read it: kept in memory until the data changes.
 * Pages name a channel per table row, so the catalog must not be read from the store each time; it changes a few
 * times a year. The key is the {@link DataVersion} (the store's change notices, which the catalog's tables send, so
 * another replica's change counts as soon as its notice arrives) and the changes made through this replica
 * ({@link #changedHere()}, which count at once).
 */
@ApplicationScoped
public class ChannelCatalogs {

    private record Kept(ChannelCatalog catalog, long dataVersion, long localChanges) {
    }

    private final Channels store;
    private final DataVersion version;
    private final AtomicLong localChanges = new AtomicLong();
    private volatile Kept kept;

    @Inject
    public ChannelCatalogs(Channels store, DataVersion version) {
        this.store = store;
        this.version = version;
    }

    /** The catalog as it stands (the version is read before the catalog, so it is never older than its key). */
    public ChannelCatalog current() {
        long seen = version.current();
        long local = localChanges.get();
        Kept now = kept;
        if (now != null && now.dataVersion() == seen && now.localChanges() == local) {
            return now.catalog();
        }
        ChannelCatalog catalog = store.versioned().value();
        kept = new Kept(catalog, seen, local);
        return catalog;
    }

    /** The catalog read from the store now, for a writer that checks against it. */
    public ChannelCatalog fresh() {
        return store.versioned().value();
    }

    /** A change made through this replica (after its transaction ended): the next read takes the stored catalog. */
    public void changedHere() {
        localChanges.incrementAndGet();
    }
}

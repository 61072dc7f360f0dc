package com.kpipulse.application.channel;

import com.kpipulse.application.evaluation.DataVersion;
import com.kpipulse.application.evaluation.KeptUntilDataChanges;
import com.kpipulse.domain.channel.ChannelCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The channel catalog as every page, filter, import and the mapping read it: kept in memory until the data changes.
 * Pages name a channel per table row, so the catalog must not be read from the store each time; it changes a few
 * times a year ({@link KeptUntilDataChanges}: the catalog's tables send the store's change notices).
 */
@ApplicationScoped
public class ChannelCatalogs {

    private final Channels store;
    private final KeptUntilDataChanges<ChannelCatalog> kept;

    @Inject
    public ChannelCatalogs(Channels store, DataVersion version) {
        this.store = store;
        this.kept = new KeptUntilDataChanges<>(() -> store.versioned().value(), version);
    }

    /** The catalog as it stands (the version is read before the catalog, so it is never older than its key). */
    public ChannelCatalog current() {
        return kept.current();
    }

    /** The catalog read from the store now, for a writer that checks against it. */
    public ChannelCatalog fresh() {
        return store.versioned().value();
    }

    /** A change made through this replica (after its transaction ended): the next read takes the stored catalog. */
    public void changedHere() {
        kept.changedHere();
    }
}

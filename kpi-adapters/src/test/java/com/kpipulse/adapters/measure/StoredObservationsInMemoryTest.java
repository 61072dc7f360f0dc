package com.kpipulse.adapters.measure;

import com.kpipulse.application.importing.ImportBatches;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.measure.StoredObservations;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.testing.InMemoryObservationStore;

/** The StoredObservations contract against the in-memory store the use-case tests use. */
class StoredObservationsInMemoryTest extends StoredObservationsContract {

    private final ImportBatches batches = InMemory.importBatches();
    private final InMemoryObservationStore store = new InMemoryObservationStore(batches);

    @Override
    protected Observations observations() {
        return store.observations();
    }

    @Override
    protected StoredObservations stored() {
        return store.stored();
    }

    @Override
    protected DataFreshness freshness() {
        return store.freshness();
    }

    @Override
    protected ImportBatches batches() {
        return batches;
    }
}

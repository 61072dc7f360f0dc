package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.StoredObservations;
import com.kpipulse.application.testing.InMemoryObservationStore;

/** The Observations contract against the in-memory store the use-case tests use. */
class ObservationsInMemoryTest extends ObservationsContract {

    private final InMemoryObservationStore store = new InMemoryObservationStore();

    @Override
    protected Observations observations() {
        return store.observations();
    }

    @Override
    protected StoredObservations stored() {
        return store.stored();
    }
}

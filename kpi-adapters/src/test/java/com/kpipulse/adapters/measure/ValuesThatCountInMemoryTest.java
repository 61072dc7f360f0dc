package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.testing.InMemoryObservationStore;

/** The ValuesThatCount contract against the in-memory store the use-case tests use. */
class ValuesThatCountInMemoryTest extends ValuesThatCountContract {

    private final InMemoryObservationStore store = new InMemoryObservationStore();

    @Override
    protected Observations observations() {
        return store.observations();
    }

    @Override
    protected ValuesThatCount values() {
        return store.valuesThatCount();
    }
}

package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.ValuesByHand;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.testing.InMemoryObservationStore;

/** The ValuesByHand contract against the in-memory store the use-case tests use. */
class ValuesByHandInMemoryTest extends ValuesByHandContract {

    private final InMemoryObservationStore store = new InMemoryObservationStore();

    @Override
    protected Observations observations() {
        return store.observations();
    }

    @Override
    protected ValuesByHand valuesByHand() {
        return store.valuesByHand();
    }

    @Override
    protected ValuesThatCount values() {
        return store.valuesThatCount();
    }
}

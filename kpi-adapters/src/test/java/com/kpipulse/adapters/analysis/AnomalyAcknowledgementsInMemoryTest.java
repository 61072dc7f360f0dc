package com.kpipulse.adapters.analysis;

import com.kpipulse.application.analysis.AnomalyAcknowledgements;
import com.kpipulse.application.testing.InMemory;

/** The AnomalyAcknowledgements contract against the fake the use-case tests use. */
class AnomalyAcknowledgementsInMemoryTest extends AnomalyAcknowledgementsContract {

    private final AnomalyAcknowledgements store = InMemory.anomalyAcknowledgements();

    @Override
    protected AnomalyAcknowledgements acknowledgements() {
        return store;
    }
}

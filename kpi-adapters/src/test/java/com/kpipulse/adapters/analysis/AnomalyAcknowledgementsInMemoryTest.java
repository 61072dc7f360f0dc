package com.kpipulse.adapters.analysis;

import com.kpipulse.application.analysis.Acknowledgement;
import com.kpipulse.application.analysis.AnomalyAcknowledgements;
import com.kpipulse.application.analysis.AnomalyId;
import com.kpipulse.application.analysis.AnomalyKind;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.domain.analysis.anomaly.SeriesKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The AnomalyAcknowledgements contract against the fake the use-case tests use. */
class AnomalyAcknowledgementsInMemoryTest extends AnomalyAcknowledgementsContract {

    private final AnomalyAcknowledgements store = InMemory.anomalyAcknowledgements();

    @Override
    protected AnomalyAcknowledgements acknowledgements() {
        return store;
    }

    @Test
    void eachFakeStartsEmptySoUseCaseTestsNeverShareAnAcknowledgement() {
        AnomalyId id = new AnomalyId(SeriesKey.of("visits", "fake", "seo"), LocalDate.of(2026, 3, 3), AnomalyKind.DROP);
        store.acknowledge(new Acknowledgement(id, "mark", Instant.parse("2026-03-04T10:00:00Z"), ""));

        assertThat(store.find(id)).isPresent();
        assertThat(InMemory.anomalyAcknowledgements().find(id)).isEmpty();
    }
}

package com.kpipulse.adapters.analysis;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.analysis.AnomalyAcknowledgements;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The AnomalyAcknowledgements contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AnomalyAcknowledgementsInPostgresTest extends AnomalyAcknowledgementsContract {

    @Inject
    AnomalyAcknowledgements store;

    @Override
    protected AnomalyAcknowledgements acknowledgements() {
        return store;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

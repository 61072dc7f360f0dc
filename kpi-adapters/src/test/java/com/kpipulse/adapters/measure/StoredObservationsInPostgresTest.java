package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.importing.ImportBatches;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.measure.StoredObservations;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The StoredObservations contract against the PostgreSQL adapters. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StoredObservationsInPostgresTest extends StoredObservationsContract {

    @Inject
    Observations observations;

    @Inject
    StoredObservations stored;

    @Inject
    DataFreshness freshness;

    @Inject
    ImportBatches batches;

    @Override
    protected Observations observations() {
        return observations;
    }

    @Override
    protected StoredObservations stored() {
        return stored;
    }

    @Override
    protected DataFreshness freshness() {
        return freshness;
    }

    @Override
    protected ImportBatches batches() {
        return batches;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

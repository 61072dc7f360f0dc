package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.StoredObservations;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The Observations contract against the PostgreSQL adapters. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ObservationsInPostgresTest extends ObservationsContract {

    @Inject
    Observations observations;

    @Inject
    StoredObservations stored;

    @Override
    protected Observations observations() {
        return observations;
    }

    @Override
    protected StoredObservations stored() {
        return stored;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

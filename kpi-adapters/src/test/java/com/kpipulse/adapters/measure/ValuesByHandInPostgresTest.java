package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.ValuesByHand;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The ValuesByHand contract against the PostgreSQL adapters. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ValuesByHandInPostgresTest extends ValuesByHandContract {

    @Inject
    Observations observations;

    @Inject
    ValuesByHand valuesByHand;

    @Inject
    ValuesThatCount values;

    @Override
    protected Observations observations() {
        return observations;
    }

    @Override
    protected ValuesByHand valuesByHand() {
        return valuesByHand;
    }

    @Override
    protected ValuesThatCount values() {
        return values;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

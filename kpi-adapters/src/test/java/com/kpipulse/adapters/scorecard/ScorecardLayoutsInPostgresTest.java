package com.kpipulse.adapters.scorecard;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.scorecard.ScorecardLayouts;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The ScorecardLayouts contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ScorecardLayoutsInPostgresTest extends ScorecardLayoutsContract {

    @Inject
    ScorecardLayouts store;

    @Override
    protected ScorecardLayouts layouts() {
        return store;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

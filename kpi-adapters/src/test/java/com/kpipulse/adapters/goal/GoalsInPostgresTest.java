package com.kpipulse.adapters.goal;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.goal.Goals;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The goals contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class GoalsInPostgresTest extends GoalsContract {

    @Inject
    Goals goals;

    @Override
    protected Goals goals() {
        return goals;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

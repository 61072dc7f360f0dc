package com.kpipulse.adapters.importing.pull;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.importing.pull.PullConnections;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The API connections contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PullConnectionsInPostgresTest extends PullConnectionsContract {

    @Inject
    PullConnections connections;

    @Override
    protected PullConnections connections() {
        return connections;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

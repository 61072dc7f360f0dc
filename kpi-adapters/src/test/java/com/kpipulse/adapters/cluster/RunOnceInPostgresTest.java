package com.kpipulse.adapters.cluster;

import com.kpipulse.application.cluster.RunOnce;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/** The run-once contract against the PostgreSQL advisory lock (each caller on a database session of its own). */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class RunOnceInPostgresTest extends RunOnceContract {

    @Inject
    RunOnce runOnce;

    @Override
    protected RunOnce runOnce() {
        return runOnce;
    }
}

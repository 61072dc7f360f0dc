package com.kpipulse.adapters.cycle;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.cycle.CycleSnapshots;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The CycleSnapshots contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CycleSnapshotsInPostgresTest extends CycleSnapshotsContract {

    @Inject
    CycleSnapshots store;

    @Override
    protected CycleSnapshots snapshots() {
        return store;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

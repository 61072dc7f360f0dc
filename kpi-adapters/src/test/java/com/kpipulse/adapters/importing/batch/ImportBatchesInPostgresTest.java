package com.kpipulse.adapters.importing.batch;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.importing.ImportBatches;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The ImportBatches contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ImportBatchesInPostgresTest extends ImportBatchesContract {

    @Inject
    ImportBatches batches;

    @Override
    protected ImportBatches batches() {
        return batches;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

package com.kpipulse.adapters.correction;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.correction.Proposals;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The proposals contract against the PostgreSQL adapter (V24). */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ProposalsInPostgresTest extends ProposalsContract {

    @Inject
    Proposals proposals;

    @Override
    protected Proposals proposals() {
        return proposals;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

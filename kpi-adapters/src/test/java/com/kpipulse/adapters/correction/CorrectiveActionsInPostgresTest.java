package com.kpipulse.adapters.correction;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.correction.CorrectiveActions;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The corrective actions contract against the PostgreSQL adapter (V23). */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CorrectiveActionsInPostgresTest extends CorrectiveActionsContract {

    @Inject
    CorrectiveActions actions;

    @Override
    protected CorrectiveActions actions() {
        return actions;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

package com.kpipulse.adapters.kpi;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.kpi.CustomKpis;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The CustomKpis contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CustomKpisInPostgresTest extends CustomKpisContract {

    @Inject
    CustomKpis store;

    @Override
    protected CustomKpis customKpis() {
        return store;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

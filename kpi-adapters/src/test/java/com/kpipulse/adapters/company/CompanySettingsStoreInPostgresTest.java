package com.kpipulse.adapters.company;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.company.CompanySettingsStore;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The company settings contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CompanySettingsStoreInPostgresTest extends CompanySettingsStoreContract {

    @Inject
    CompanySettingsStore settings;

    @Override
    protected CompanySettingsStore settings() {
        return settings;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

package com.kpipulse.adapters.channel;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.importing.ChannelRules;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The ChannelRules contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ChannelRulesInPostgresTest extends ChannelRulesContract {

    @Inject
    ChannelRules store;

    @Override
    protected ChannelRules rules() {
        return store;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

package com.kpipulse.adapters.channel;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.channel.Channels;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The channel catalog contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ChannelsInPostgresTest extends ChannelsContract {

    @Inject
    Channels channels;

    @Override
    protected Channels channels() {
        return channels;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

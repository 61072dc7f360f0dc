package com.kpipulse.adapters.session;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.session.EndedSessions;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/** The EndedSessions contract against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EndedSessionsInPostgresTest extends EndedSessionsContract {

    @Inject
    EndedSessions store;

    @Override
    protected EndedSessions sessions() {
        return store;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

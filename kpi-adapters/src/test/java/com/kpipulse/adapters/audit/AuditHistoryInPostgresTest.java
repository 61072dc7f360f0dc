package com.kpipulse.adapters.audit;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.audit.AuditHistory;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

import java.util.function.Supplier;

/**
 * The audit history contract against {@code audit_entry}: the same two checks as the in-memory trail
 * ({@link AuditHistoryContract}), each write committed before it is read back.
 */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AuditHistoryInPostgresTest extends AuditHistoryContract {

    @Inject
    AuditTrail audit;

    @Inject
    AuditHistory history;

    @Override
    protected AuditTrail audit() {
        return audit;
    }

    @Override
    protected AuditHistory history() {
        return history;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }
}

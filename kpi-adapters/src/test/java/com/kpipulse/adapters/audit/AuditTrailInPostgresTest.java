package com.kpipulse.adapters.audit;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.quarkus.panache.common.Sort;
import java.util.List;
import java.util.function.Supplier;

/** The audit trail contract (entries read back from audit_entry) against the PostgreSQL adapter. */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AuditTrailInPostgresTest extends AuditTrailContract {

    @Inject
    AuditTrail audit;

    @Override
    protected AuditTrail audit() {
        return audit;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }

    @Inject
    AuditTrailPersistenceAdapter.AuditEntryPanacheRepository entries;

    @Override
    protected List<String> recordedAbout(String subjectType, String subjectId) {
        return InPostgres.committed(() -> entries
                .list("subjectType = ?1 and subjectId = ?2", Sort.by("id"), subjectType, subjectId).stream()
                .map(entry -> entry.subjectType + "/" + entry.subjectId + " " + entry.action)
                .toList());
    }
}

package com.kpipulse.adapters.importing.batch;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.importing.ImportProgress;
import com.kpipulse.localstack.DatabaseResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The upload progress contract against PostgreSQL (V30). */
@QuarkusTest
@WithTestResource(value = DatabaseResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ImportProgressInPostgresTest extends ImportProgressContract {

    @Inject
    ImportProgress progress;

    @Override
    protected ImportProgress progress() {
        return progress;
    }

    @Override
    protected <T> T tx(Supplier<T> call) {
        return InPostgres.committed(call);
    }

    /**
     * The import reports from inside its own transaction, which commits only at its end or is rolled back: the report
     * is read by another transaction meanwhile, and stays when the import's transaction is rolled back.
     */
    @Test
    void aReportIsReadAtOnceWhileTheImportsTransactionRunsAndOutlivesItsRollback() {
        UUID upload = UUID.randomUUID();
        QuarkusTransaction.begin();
        try {
            progress.checked(upload, "mark", 16_384);
            assertThat(QuarkusTransaction.requiringNew().call(() -> progress.checkedSoFar(upload, "mark")))
                    .as("seen by another transaction before the import's ends").contains(16_384L);
        } finally {
            QuarkusTransaction.rollback();
        }
        assertThat(InPostgres.committed(() -> progress.checkedSoFar(upload, "mark"))).contains(16_384L);
    }
}

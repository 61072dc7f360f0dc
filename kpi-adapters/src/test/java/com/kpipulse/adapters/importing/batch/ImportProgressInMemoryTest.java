package com.kpipulse.adapters.importing.batch;

import com.kpipulse.application.importing.ImportProgress;
import com.kpipulse.application.testing.InMemoryImportProgress;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The upload progress contract against the fake the use-case tests use. */
class ImportProgressInMemoryTest extends ImportProgressContract {

    private final InMemoryImportProgress progress = new InMemoryImportProgress();

    @Override
    protected ImportProgress progress() {
        return progress;
    }

    /** Use-case tests read the reports in order, to see that a count only grows. */
    @Test
    void theFakeKeepsEveryReportInOrder() {
        UUID upload = UUID.randomUUID();
        progress.checked(upload, "mark", 1);
        progress.checked(upload, "mark", 3);

        assertThat(progress.reported()).containsExactly(1L, 3L);
    }
}

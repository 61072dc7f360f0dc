package com.kpipulse.adapters.importing.batch;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.importing.ImportProgress;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store of upload progress does: keeps the last count reported for an upload and its person, tells nothing
 * of an upload that has not reported or to anybody else, and keeps the uploads of several people apart.
 */
public abstract class ImportProgressContract extends PortContract {

    protected abstract ImportProgress progress();

    @Test
    void theLastCountReportedIsWhatIsRead() {
        UUID upload = UUID.randomUUID();
        tx(() -> progress().checked(upload, "mark", 8_192));
        tx(() -> progress().checked(upload, "mark", 24_576));

        assertThat(tx(() -> progress().checkedSoFar(upload, "mark"))).contains(24_576L);
    }

    @Test
    void anUploadThatHasNotReportedOrAnotherPersonsReadsAsNothing() {
        UUID upload = UUID.randomUUID();
        tx(() -> progress().checked(upload, "mark", 100));

        assertThat(tx(() -> progress().checkedSoFar(UUID.randomUUID(), "mark"))).isEmpty();
        assertThat(tx(() -> progress().checkedSoFar(upload, "ada"))).as("another person's key reads nothing").isEmpty();
        tx(() -> progress().checked(upload, "ada", 7));
        assertThat(tx(() -> progress().checkedSoFar(upload, "mark"))).as("and does not overwrite it").contains(100L);
        assertThat(tx(() -> progress().checkedSoFar(upload, "ada"))).contains(7L);
    }
}

package com.kpipulse.adapters.audit;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.testing.InMemory;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail contract against the fake the use-case tests use: the entries land in a list the test owns. */
class AuditTrailInMemoryTest extends AuditTrailContract {

    private final List<String> entries = new ArrayList<>();
    private final AuditTrail audit = InMemory.auditInto(entries);

    @Override
    protected AuditTrail audit() {
        return audit;
    }

    @Override
    protected List<String> recordedAbout(String subjectType, String subjectId) {
        return entries.stream().filter(entry -> entry.startsWith(subjectType + "/" + subjectId + " ")).toList();
    }

    @Test
    void eachEntryLandsInTheTestsListAsSubjectIdAndAction() {
        audit.record("hanna", "goal", "g-1", "create", null, "{}");
        audit.record("ada", "cycle", "2026-W05", "rerun", "{}", "{}");

        assertThat(entries).containsExactly("goal/g-1 create", "cycle/2026-W05 rerun");
    }
}

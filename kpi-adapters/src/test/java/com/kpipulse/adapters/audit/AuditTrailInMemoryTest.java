package com.kpipulse.adapters.audit;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.testing.InMemory;

import java.util.ArrayList;
import java.util.List;

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
}

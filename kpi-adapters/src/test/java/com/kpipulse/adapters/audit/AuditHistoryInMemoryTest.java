package com.kpipulse.adapters.audit;

import com.kpipulse.application.audit.AuditHistory;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.testing.InMemoryAuditTrail;

import java.time.Clock;

/** The audit history contract against the trail the action use-case tests read back. */
class AuditHistoryInMemoryTest extends AuditHistoryContract {

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail(Clock.systemUTC());

    @Override
    protected AuditTrail audit() {
        return trail;
    }

    @Override
    protected AuditHistory history() {
        return trail;
    }
}

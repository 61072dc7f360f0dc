package com.kpipulse.adapters.audit;

import com.kpipulse.application.audit.AuditHistory;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.testing.InMemoryAuditTrail;

import java.time.Clock;

/**
 * The audit history contract against the trail the action use-case tests read back: its two checks (a subject's entries
 * read back in the order recorded, with actor, action, before and after; none for a subject never audited) are
 * {@link AuditHistoryContract}'s, run here on the in-memory trail.
 */
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

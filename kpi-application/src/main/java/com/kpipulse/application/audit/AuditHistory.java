package com.kpipulse.application.audit;

import java.util.List;

/**
 * Outgoing port: the audit trail read back, about one subject at a time (an action's status history is what its
 * audit entries say). Kept apart from {@link AuditTrail}, which only writes: most features never read their entries.
 */
public interface AuditHistory {

    /** The entries about one subject, oldest first (in the order they were recorded). */
    List<AuditEntry> of(String subjectType, String subjectId);
}

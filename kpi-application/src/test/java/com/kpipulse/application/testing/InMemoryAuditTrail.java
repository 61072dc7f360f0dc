package com.kpipulse.application.testing;

import com.kpipulse.application.audit.AuditEntry;
import com.kpipulse.application.audit.AuditHistory;
import com.kpipulse.application.audit.AuditTrail;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * An audit trail that can be read back, as {@code audit_entry} keeps it: every entry in the order it was recorded, its
 * time by the clock to the microsecond. Starts empty.
 */
public final class InMemoryAuditTrail implements AuditTrail, AuditHistory {

    private record Kept(String subjectType, String subjectId, AuditEntry entry) {
    }

    private final Clock clock;
    private final List<Kept> kept = new ArrayList<>();

    public InMemoryAuditTrail(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void record(String actor, String subjectType, String subjectId, String action, String before,
                                    String after) {
        kept.add(new Kept(subjectType, subjectId, new AuditEntry(clock.instant().truncatedTo(ChronoUnit.MICROS), actor,
                action, before, after)));
    }

    @Override
    public synchronized List<AuditEntry> of(String subjectType, String subjectId) {
        return kept.stream().filter(entry -> entry.subjectType().equals(subjectType)
                && entry.subjectId().equals(subjectId)).map(Kept::entry).toList();
    }

    /** Every entry as {@code type/id action}, oldest first. */
    public synchronized List<String> entries() {
        return kept.stream().map(entry -> entry.subjectType() + "/" + entry.subjectId() + " " + entry.entry().action())
                .toList();
    }
}

package com.kpipulse.adapters.audit;

import com.kpipulse.application.audit.AuditEntry;
import com.kpipulse.application.audit.AuditHistory;
import com.kpipulse.application.audit.AuditTrail;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Sort;

import java.time.Clock;
import java.util.List;

/** The audit trail in {@code audit_entry}, written in the caller's transaction and read back about one subject. */
@ApplicationScoped
public class AuditTrailPersistenceAdapter implements AuditTrail, AuditHistory {

    @ApplicationScoped
    public static class AuditEntryPanacheRepository implements PanacheRepositoryBase<AuditEntryJpaEntity, Long> {
    }

    private final AuditEntryPanacheRepository repository;
    private final Clock clock;

    @Inject
    public AuditTrailPersistenceAdapter(AuditEntryPanacheRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public void record(String actor, String subjectType, String subjectId, String action, String before, String after) {
        AuditEntryJpaEntity entry = new AuditEntryJpaEntity();
        entry.at = clock.instant();
        entry.actor = actor;
        entry.subjectType = subjectType;
        entry.subjectId = subjectId;
        entry.action = action;
        entry.beforeValue = before;
        entry.afterValue = after;
        repository.persist(entry);
    }

    @Override
    public List<AuditEntry> of(String subjectType, String subjectId) {
        return repository.list("subjectType = ?1 and subjectId = ?2", Sort.by("id"), subjectType, subjectId).stream()
                .map(entry -> new AuditEntry(entry.at, entry.actor, entry.action, entry.beforeValue, entry.afterValue))
                .toList();
    }
}

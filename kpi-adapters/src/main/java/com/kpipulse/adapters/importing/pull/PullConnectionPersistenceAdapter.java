package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.PullConnections;
import com.kpipulse.application.importing.pull.SyncOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The API connections in PostgreSQL ({@code pull_connection}). */
@ApplicationScoped
public class PullConnectionPersistenceAdapter implements PullConnections {

    private final PullConnectionPanacheRepository repository;

    @Inject
    public PullConnectionPersistenceAdapter(PullConnectionPanacheRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<PullConnection> enabled() {
        return repository.enabled().stream().map(PullConnectionMapper::toConnection).toList();
    }

    @Override
    public Optional<PullConnection> find(UUID id) {
        return repository.findByIdOptional(id).map(PullConnectionMapper::toConnection);
    }

    @Override
    public Optional<PullConnection> findByName(String name) {
        return repository.byName(name).map(PullConnectionMapper::toConnection);
    }

    @Override
    public void save(PullConnection connection) {
        Optional<PullConnectionJpaEntity> stored = repository.findByIdOptional(connection.id());
        PullConnectionJpaEntity entity = stored.orElseGet(PullConnectionJpaEntity::new);
        PullConnectionMapper.copy(connection, entity);
        if (stored.isEmpty()) {
            repository.persist(entity);
        }
    }

    /** Its own transaction, as the port promises: the pull that calls it runs outside one (see PullReports). */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void recordOutcome(UUID connection, SyncOutcome outcome) {
        repository.findByIdOptional(connection).ifPresent(entity -> PullConnectionMapper.copy(outcome, entity));
    }
}

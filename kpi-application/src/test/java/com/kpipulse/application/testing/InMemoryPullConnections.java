package com.kpipulse.application.testing;

import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.PullConnections;
import com.kpipulse.application.importing.pull.SyncOutcome;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The API connections in a map; the enabled ones by name, as the stored ones are listed. */
public final class InMemoryPullConnections implements PullConnections {

    private final Map<UUID, PullConnection> byId = new LinkedHashMap<>();

    @Override
    public synchronized List<PullConnection> enabled() {
        return byId.values().stream().filter(PullConnection::enabled)
                .sorted(Comparator.comparing(PullConnection::name)).toList();
    }

    @Override
    public synchronized Optional<PullConnection> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<PullConnection> findByName(String name) {
        return byId.values().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    @Override
    public synchronized void save(PullConnection connection) {
        byId.put(connection.id(), connection);
    }

    @Override
    public synchronized void recordOutcome(UUID connection, SyncOutcome outcome) {
        byId.computeIfPresent(connection, (id, found) -> found.withLastSync(outcome));
    }
}

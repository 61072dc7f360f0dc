package com.kpipulse.application.importing.pull;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outgoing port: the stored API connections. */
public interface PullConnections {

    /** The connections to pull, by name. */
    List<PullConnection> enabled();

    Optional<PullConnection> find(UUID id);

    Optional<PullConnection> findByName(String name);

    /** Adds the connection, or replaces the one with the same id. */
    void save(PullConnection connection);

    /**
     * Keeps how the last pull of a connection ended. It is written in its own transaction: a pull runs outside
     * one, since fetching a queued report may wait minutes.
     */
    void recordOutcome(UUID connection, SyncOutcome outcome);
}

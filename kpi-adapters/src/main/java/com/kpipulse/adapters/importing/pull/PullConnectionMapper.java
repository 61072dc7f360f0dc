package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.PullStatus;
import com.kpipulse.application.importing.pull.SyncOutcome;
import com.kpipulse.application.importing.pull.TokenReference;

import java.net.URI;

/** Between a {@link PullConnection} and its row in {@code pull_connection}. */
final class PullConnectionMapper {

    private PullConnectionMapper() {
    }

    static void copy(PullConnection connection, PullConnectionJpaEntity entity) {
        entity.id = connection.id();
        entity.name = connection.name();
        entity.kind = connection.kind().name();
        entity.account = connection.account();
        entity.tokenRef = connection.token().stored();
        entity.currency = connection.currency();
        entity.windowDays = connection.windowDays();
        entity.enabled = connection.enabled();
        entity.baseUrl = connection.baseUrl() == null ? null : connection.baseUrl().toString();
        copy(connection.lastSync(), entity);
    }

    static void copy(SyncOutcome outcome, PullConnectionJpaEntity entity) {
        entity.lastSyncAt = outcome == null ? null : outcome.at();
        entity.lastSyncStatus = outcome == null ? null : outcome.status().name();
        entity.lastSyncMessage = outcome == null ? null : outcome.message();
        entity.lastImportBatch = outcome == null ? null : outcome.importBatch();
    }

    static PullConnection toConnection(PullConnectionJpaEntity entity) {
        SyncOutcome lastSync = entity.lastSyncAt == null ? null : new SyncOutcome(entity.lastSyncAt,
                PullStatus.valueOf(entity.lastSyncStatus), entity.lastSyncMessage, entity.lastImportBatch);
        return new PullConnection(entity.id, entity.name, PullConnection.Kind.valueOf(entity.kind), entity.account,
                TokenReference.parse(entity.tokenRef), entity.currency.strip(), entity.windowDays, entity.enabled,
                entity.baseUrl == null ? null : URI.create(entity.baseUrl), lastSync);
    }
}

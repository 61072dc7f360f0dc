package com.kpipulse.adapters.importing.pull;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.PullConnections;
import com.kpipulse.application.importing.pull.PullStatus;
import com.kpipulse.application.importing.pull.SyncOutcome;
import com.kpipulse.application.importing.pull.TokenReference;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store of API connections does: keeps a connection whole, finds it by id and by name, replaces it by
 * id, lists the enabled ones by name, and keeps how the last pull of a stored one ended.
 */
public abstract class PullConnectionsContract extends PortContract {

    protected abstract PullConnections connections();

    @Test
    void aConnectionIsKeptWholeAndFoundByIdAndByName() {
        PullConnection connection = connection("Метрика " + UUID.randomUUID(), true);
        tx(() -> connections().save(connection));

        assertThat(tx(() -> connections().find(connection.id()))).contains(connection);
        assertThat(tx(() -> connections().findByName(connection.name()))).contains(connection);
        assertThat(tx(() -> connections().find(UUID.randomUUID()))).isEmpty();
        assertThat(tx(() -> connections().findByName("нет такого " + UUID.randomUUID()))).isEmpty();
    }

    @Test
    void savingAgainUnderTheSameIdReplacesTheConnection() {
        PullConnection connection = connection("Директ " + UUID.randomUUID(), true);
        tx(() -> connections().save(connection));
        PullConnection changed = new PullConnection(connection.id(), connection.name() + " (новый)",
                PullConnection.Kind.DIRECT, "client-login", new TokenReference.FromConfig("KPI_DIRECT_TOKEN"), "USD",
                7, false, null, null);
        tx(() -> connections().save(changed));

        assertThat(tx(() -> connections().find(connection.id()))).contains(changed);
        assertThat(tx(() -> connections().findByName(connection.name()))).isEmpty();
    }

    @Test
    void theEnabledConnectionsAreListedByName() {
        String prefix = UUID.randomUUID() + " ";
        PullConnection b = connection(prefix + "b", true);
        PullConnection off = connection(prefix + "c", false);
        PullConnection a = connection(prefix + "a", true);
        tx(() -> connections().save(b));
        tx(() -> connections().save(off));
        tx(() -> connections().save(a));

        assertThat(tx(() -> connections().enabled()))
                .filteredOn(connection -> connection.name().startsWith(prefix))
                .containsExactly(a, b);
    }

    @Test
    void theOutcomeOfTheLastPullIsKeptForAStoredConnectionOnly() {
        PullConnection connection = connection("Исходы " + UUID.randomUUID(), true);
        tx(() -> connections().save(connection));
        SyncOutcome first = new SyncOutcome(Instant.parse("2026-12-01T06:00:00Z"), PullStatus.NO_DATA, "пусто", null);
        SyncOutcome last = new SyncOutcome(Instant.parse("2026-12-02T06:00:00Z"), PullStatus.IMPORTED, "12 значений",
                null);
        tx(() -> connections().recordOutcome(connection.id(), first));
        tx(() -> connections().recordOutcome(connection.id(), last));

        assertThat(tx(() -> connections().find(connection.id()))).contains(connection.withLastSync(last));

        UUID stranger = UUID.randomUUID();
        tx(() -> connections().recordOutcome(stranger, last));
        assertThat(tx(() -> connections().find(stranger))).isEmpty();
    }

    private static PullConnection connection(String name, boolean enabled) {
        return new PullConnection(UUID.randomUUID(), name, PullConnection.Kind.METRICA, "4471207",
                new TokenReference.FromConfig("KPI_METRICA_TOKEN"), "RUB", 30, enabled,
                URI.create("http://localhost:9/stub"), null);
    }
}

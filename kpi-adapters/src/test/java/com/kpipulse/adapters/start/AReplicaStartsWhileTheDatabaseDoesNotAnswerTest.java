package com.kpipulse.adapters.start;

import com.kpipulse.adapters.cycle.CycleScheduler;
import com.kpipulse.adapters.importing.pull.AesGcmSecrets;
import com.kpipulse.adapters.importing.pull.PullScheduler;
import com.kpipulse.application.importing.pull.PullConnection;
import com.kpipulse.application.importing.pull.PullConnections;
import com.kpipulse.application.importing.pull.SyncOutcome;
import io.quarkus.runtime.StartupEvent;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The start-up checks of the schedulers do not stop a start when the database does not answer (a replica starts
 * while PostgreSQL restarts, and the image build's training start has none at all, ADR 22): readiness says the
 * database is away, and the checks say in the log that they could not look. A cron that cannot be read still stops
 * the start.
 */
class AReplicaStartsWhileTheDatabaseDoesNotAnswerTest {

    /** A store whose every read fails as a refused connection does. */
    private static final class Away implements PullConnections {
        private static IllegalStateException refused() {
            return new IllegalStateException("Unable to acquire JDBC Connection [Connection to 127.0.0.1:1 refused]");
        }

        @Override
        public List<PullConnection> enabled() {
            throw refused();
        }

        @Override
        public Optional<PullConnection> find(UUID id) {
            throw refused();
        }

        @Override
        public Optional<PullConnection> findByName(String name) {
            throw refused();
        }

        @Override
        public void save(PullConnection connection) {
            throw refused();
        }

        @Override
        public void recordOutcome(UUID connection, SyncOutcome outcome) {
            throw refused();
        }
    }

    @Test
    void theCheckOfTheStoredTokensSaysItCouldNotLookAndTheStartGoesOn() {
        AesGcmSecrets noKey = new AesGcmSecrets(Optional.empty(), name -> Optional.empty());
        PullScheduler scheduler = new PullScheduler(null, new Away(), noKey, "1h");

        assertThatCode(() -> scheduler.checkTheKey(new StartupEvent())).doesNotThrowAnyException();
    }

    @Test
    void theCycleScheduleIsCheckedWithoutTheCompanysZoneFromTheDatabase() {
        Clock zoneFromTheDatabase = new Clock() {
            @Override
            public ZoneId getZone() {
                throw Away.refused();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw Away.refused();
            }

            @Override
            public Instant instant() {
                return Instant.parse("2026-12-05T10:00:00Z");
            }
        };
        CycleScheduler scheduler = new CycleScheduler(null, zoneFromTheDatabase, "0 0 6 ? * MON");

        assertThatCode(() -> scheduler.checkTheCron(new StartupEvent())).doesNotThrowAnyException();
        assertThatThrownBy(() -> new CycleScheduler(null, zoneFromTheDatabase, "every monday"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

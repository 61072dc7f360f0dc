package com.kpipulse.application.importing.pull;

import com.kpipulse.application.importing.ImportCommand;
import com.kpipulse.application.importing.ImportProblemKind;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.testing.InMemoryPullConnections;
import com.kpipulse.application.testing.InMemoryReportSource;
import com.kpipulse.application.testing.InMemorySecrets;
import com.kpipulse.application.importing.pull.PullFakes.LocalRunOnce;
import com.kpipulse.application.importing.pull.PullFakes.RecordingImports;
import com.kpipulse.domain.text.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduledPullsGoThroughTheOneImportUseCaseTest {

    private static final Instant NOW = Instant.parse("2026-03-10T03:00:00Z");

    private final InMemoryPullConnections connections = new InMemoryPullConnections();
    private final InMemorySecrets secrets = new InMemorySecrets();
    private final RecordingImports imports = new RecordingImports();
    private final LocalRunOnce runOnce = new LocalRunOnce();
    private final InMemoryReportSource metrica = new InMemoryReportSource(PullConnection.Kind.METRICA,
            "metrica-report-json");
    private final InMemoryReportSource direct = new InMemoryReportSource(PullConnection.Kind.DIRECT, "direct-api-tsv");
    private final PullReports pullReports = PullFakes.pullReports(connections, secrets, imports, runOnce,
            Clock.fixed(NOW, ZoneOffset.UTC), metrica, direct);

    @BeforeEach
    void importsCommitWhatTheyAreGiven() {
        imports.answer = command -> report(command, ImportStatus.COMMITTED, List.of());
    }

    @Test
    void eachEnabledConnectionIsPulledForItsWindowUpToYesterdayAndImportedAsTheScheduler() {
        PullConnection site = connection("site", PullConnection.Kind.METRICA, "45560703", 30, true);
        PullConnection ads = connection("ads", PullConnection.Kind.DIRECT, "shop-login", 7, true);
        connection("paused", PullConnection.Kind.DIRECT, "old-login", 7, false);
        metrica.answer("site", c -> payload("metrica-report-json", Map.of("currency", "RUB")));
        direct.answer("ads", c -> payload("direct-api-tsv", Map.of("currency", "KZT")));

        Optional<List<PullReports.PulledConnection>> round = pullReports.pullDue();

        assertThat(runOnce.names).containsExactly(PullReports.LOCK);
        assertThat(round).get().asList().extracting("connection").containsExactly("ads", "site");
        assertThat(metrica.requests()).containsExactly(new InMemoryReportSource.Request("site", new AccessToken("site-token"),
                LocalDate.of(2026, 2, 8), LocalDate.of(2026, 3, 9)));
        assertThat(direct.requests()).containsExactly(new InMemoryReportSource.Request("ads", new AccessToken("ads-token"),
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 9)));
        assertThat(imports.commands).extracting(ImportCommand::presetId, ImportCommand::importedBy,
                        ImportCommand::options, ImportCommand::dryRun)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("direct-api-tsv", "scheduler:ads", Map.of("currency", "KZT"), false),

                        org.assertj.core.groups.Tuple.tuple("metrica-report-json", "scheduler:site", Map.of("currency", "RUB"), false));
        assertThat(connections.find(site.id()).orElseThrow().lastSync().status()).isEqualTo(PullStatus.IMPORTED);
        assertThat(connections.find(ads.id()).orElseThrow().lastSync().message()).contains("4 values");
    }

    @Test
    void oneFailingConnectionDoesNotStopTheOthersAndItsReasonIsKept() {
        PullConnection queued = connection("queued", PullConnection.Kind.DIRECT, "a", 30, true);
        PullConnection broken = connection("broken", PullConnection.Kind.DIRECT, "b", 30, true);
        PullConnection fine = connection("fine", PullConnection.Kind.DIRECT, "c", 30, true);
        direct.answer("queued", c -> new FetchedReport.Failure("Direct is still building the report: queued, "
                + "retry in 60 s"));
        direct.answer("broken", c -> {
            throw new IllegalStateException("connection reset");
        });
        direct.answer("fine", c -> payload("direct-api-tsv", Map.of("currency", "RUB")));

        pullReports.pullDue();

        assertThat(connections.find(queued.id()).orElseThrow().lastSync())
                .extracting(SyncOutcome::status, SyncOutcome::message)
                .containsExactly(PullStatus.FAILED, "Direct is still building the report: queued, retry in 60 s");
        assertThat(connections.find(broken.id()).orElseThrow().lastSync().message()).isEqualTo("connection reset");
        assertThat(connections.find(fine.id()).orElseThrow().lastSync().status()).isEqualTo(PullStatus.IMPORTED);
        assertThat(imports.commands).extracting(ImportCommand::importedBy).containsExactly("scheduler:fine");
    }

    @Test
    void aTokenThatCannotBeReadFailsThatConnectionWithTheReasonAndFetchesNothing() {
        PullConnection unset = new PullConnection(UUID.randomUUID(), "unset", PullConnection.Kind.METRICA, "1",
                new TokenReference.FromConfig("KPI_UNSET_TOKEN"), "RUB", 30, true, null, null);
        connections.save(unset);

        pullReports.pullDue();

        assertThat(connections.find(unset.id()).orElseThrow().lastSync().message())
                .isEqualTo("variable KPI_UNSET_TOKEN is not set");
        assertThat(metrica.requests()).isEmpty();
    }

    @Test
    void aRejectedImportIsRecordedWithItsFirstProblems() {
        PullConnection ads = connection("ads", PullConnection.Kind.DIRECT, "a", 30, true);
        direct.answer("ads", c -> payload("direct-api-tsv", Map.of()));
        imports.answer = command -> report(command, ImportStatus.REJECTED, List.of(
                new RowProblem(2, "Cost", Message.of(ImportProblemKind.CURRENCY_REQUIRED, "ad_spend")),
                new RowProblem(3, "Cost", Message.of(ImportProblemKind.NOTHING_SENT)),
                new RowProblem(4, "Cost", Message.of(ImportProblemKind.NOTHING_SENT)),
                new RowProblem(5, "Cost", Message.of(ImportProblemKind.NOTHING_SENT))));

        pullReports.pullDue();

        SyncOutcome outcome = connections.find(ads.id()).orElseThrow().lastSync();
        assertThat(outcome.status()).isEqualTo(PullStatus.REJECTED);
        assertThat(outcome.message()).startsWith("the import rejected the report: line 2: ad_spend is money")
                .endsWith(" and 1 more");
        assertThat(outcome.importBatch()).isNotNull();
    }

    @Test
    void anEmptyReportIsNoDataAndImportsNothing() {
        PullConnection site = connection("site", PullConnection.Kind.METRICA, "1", 30, true);
        metrica.answer("site", c -> new FetchedReport.NoData("no visits in the period"));

        pullReports.pullDue();

        assertThat(connections.find(site.id()).orElseThrow().lastSync())
                .extracting(SyncOutcome::status, SyncOutcome::message)
                .containsExactly(PullStatus.NO_DATA, "no visits in the period");
        assertThat(imports.commands).isEmpty();
    }

    @Test
    void nothingIsPulledWhileAnotherReplicaHoldsTheLock() {
        connection("site", PullConnection.Kind.METRICA, "1", 30, true);
        runOnce.heldElsewhere = true;

        assertThat(pullReports.pullDue()).isEmpty();
        assertThat(metrica.requests()).isEmpty();
    }

    @Test
    void theTimerPullsOnlyConnectionsNotYetPulledInThisIntervalSoTwoReplicasPullOnceAnInterval() {
        // NOW is 03:00:00: the hourly interval began at NOW; "fresh" was pulled in it by another replica's timer
        PullConnection fresh = connection("fresh", PullConnection.Kind.METRICA, "1", 30, true);
        PullConnection stale = connection("stale", PullConnection.Kind.METRICA, "2", 30, true);
        PullConnection never = connection("never", PullConnection.Kind.METRICA, "3", 30, true);
        connections.recordOutcome(fresh.id(), new SyncOutcome(NOW, PullStatus.IMPORTED, "4 values", null));
        connections.recordOutcome(stale.id(), new SyncOutcome(NOW.minusSeconds(1), PullStatus.IMPORTED, "4 values", null));
        metrica.answer("stale", c -> payload("metrica-report-json", Map.of()));
        metrica.answer("never", c -> payload("metrica-report-json", Map.of()));

        Optional<List<PullReports.PulledConnection>> round = pullReports.pullScheduled(java.time.Duration.ofHours(1));

        assertThat(round).get().asList().extracting("connection").containsExactly("never", "stale");
        assertThat(metrica.requests()).extracting(InMemoryReportSource.Request::connection)
                .containsExactlyInAnyOrder("never", "stale");
        assertThat(pullReports.pullScheduled(java.time.Duration.ofHours(1))).get().asList()
                .as("the other replica's timer, later in the same interval").isEmpty();
        assertThat(metrica.requests()).hasSize(2);
    }

    @Test
    void pullingOutsideTheTimerTakesEveryEnabledConnectionWhateverTheInterval() {
        PullConnection fresh = connection("fresh", PullConnection.Kind.METRICA, "1", 30, true);
        connections.recordOutcome(fresh.id(), new SyncOutcome(NOW, PullStatus.IMPORTED, "4 values", null));
        metrica.answer("fresh", c -> payload("metrica-report-json", Map.of()));

        assertThat(pullReports.pullDue()).get().asList().extracting("connection").containsExactly("fresh");
    }

    private PullConnection connection(String name, PullConnection.Kind kind, String account, int windowDays,
                                      boolean enabled) {
        PullConnection connection = new PullConnection(UUID.randomUUID(), name, kind, account,
                new TokenReference.FromConfig("TOKEN_" + name.toUpperCase()), "RUB", windowDays, enabled, null, null);
        secrets.set("TOKEN_" + name.toUpperCase(), name + "-token");
        connections.save(connection);
        return connection;
    }

    private static FetchedReport payload(String preset, Map<String, String> options) {
        return new FetchedReport.Payload("report", "x".getBytes(StandardCharsets.UTF_8), preset, options);
    }

    private static ImportReport report(ImportCommand command, ImportStatus status, List<RowProblem> problems) {
        return new ImportReport(UUID.randomUUID(), status, command.presetId(), "report", command.importedBy(), NOW,
                2, status == ImportStatus.COMMITTED ? 4 : 0, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 9),
                problems, 0, List.of());
    }
}

package com.kpipulse.application.importing.pull;

import com.kpipulse.application.cluster.RunOnce;
import com.kpipulse.application.importing.ImportCommand;
import com.kpipulse.application.importing.ImportContent;
import com.kpipulse.application.importing.ImportObservations;
import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.importing.RowProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The scheduled pull: every enabled connection fetches its report for the last {@code windowDays} days up to
 * yesterday, and the payload goes through the one import use case like an uploaded file. Pulling the window again
 * and again is what picks up the values the platforms restate (late conversions, corrected costs); values that did
 * not change are not written again.
 * <p>
 * Runs outside a transaction on purpose: a queued Direct report may take minutes, and each import is its own
 * all-or-nothing transaction.
 * <p>
 * Every replica runs the timer, each at its own moment. The lock alone keeps two pulls from running at the same time,
 * not from following each other: with two replicas each connection would be pulled twice an interval (twice the API
 * quota, twice the import history). So the timer's round ({@link #pullScheduled(Duration)}) pulls only the
 * connections not yet pulled in the current interval, counted from the epoch and so the same on every replica.
 */
@ApplicationScoped
public class PullReports {

    /** The {@link RunOnce} name: one replica pulls at a time. */
    public static final String LOCK = "pull-reports";
    private static final System.Logger LOG = System.getLogger(PullReports.class.getName());
    private static final int PROBLEMS_IN_MESSAGE = 3;

    private final PullConnections connections;
    private final Map<PullConnection.Kind, ReportSource> sources;
    private final Secrets secrets;
    private final ImportObservations imports;
    private final RunOnce runOnce;
    private final Clock clock;

    @Inject
    public PullReports(PullConnections connections, Instance<ReportSource> sources, Secrets secrets,
                       ImportObservations imports, RunOnce runOnce, Clock clock) {
        this(connections, (Iterable<ReportSource>) sources, secrets, imports, runOnce, clock);
    }

    PullReports(PullConnections connections, Iterable<ReportSource> sources, Secrets secrets,
                ImportObservations imports, RunOnce runOnce, Clock clock) {
        this.connections = connections;
        this.sources = StreamSupport.stream(sources.spliterator(), false)
                .collect(Collectors.toMap(ReportSource::kind, Function.identity()));
        this.secrets = secrets;
        this.imports = imports;
        this.runOnce = runOnce;
        this.clock = clock;
    }

    /**
     * Pulls every enabled connection, one after the other; one that fails never stops the others.
     *
     * @return the outcome per connection, or empty when another replica is pulling right now
     */
    @ActivateRequestContext
    public Optional<List<PulledConnection>> pullDue() {
        return pullWhere(connection -> true);
    }

    /**
     * The timer's round, pulled every {@code every}: the enabled connections whose last pull ended before the current
     * interval began (intervals of {@code every} from the epoch). A connection another replica pulled in this
     * interval waits for the next one, so each is pulled once an interval however many replicas run the timer.
     *
     * @return the outcome per connection pulled, or empty when another replica is pulling right now
     */
    @ActivateRequestContext
    public Optional<List<PulledConnection>> pullScheduled(Duration every) {
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("a pull interval is positive, got " + every);
        }
        return pullWhere(connection -> {
            long millis = every.toMillis();
            Instant intervalStarted = Instant.ofEpochMilli(Math.floorDiv(clock.millis(), millis) * millis);
            return connection.lastSync() == null || connection.lastSync().at().isBefore(intervalStarted);
        });
    }

    /** The connections are read under the lock, so a round sees what the round before it, on any replica, recorded. */
    private Optional<List<PulledConnection>> pullWhere(Predicate<PullConnection> due) {
        return runOnce.exclusively(LOCK, () -> {
            List<PulledConnection> outcomes = new ArrayList<>();
            for (PullConnection connection : connections.enabled()) {
                if (due.test(connection)) {
                    outcomes.add(new PulledConnection(connection.name(), pull(connection)));
                }
            }
            return outcomes;
        });
    }

    private SyncOutcome pull(PullConnection connection) {
        SyncOutcome outcome;
        try {
            outcome = fetchAndImport(connection);
        } catch (RuntimeException e) {
            // A bug or an unreadable token must not stop the other connections; the reason is kept on the connection.
            outcome = new SyncOutcome(clock.instant(), PullStatus.FAILED, reasonOf(e), null);
            LOG.log(System.Logger.Level.ERROR, "Pull of connection «" + connection.name() + "» failed", e);
        }
        connections.recordOutcome(connection.id(), outcome);
        LOG.log(outcome.status() == PullStatus.FAILED ? System.Logger.Level.WARNING : System.Logger.Level.INFO,
                "Pull of «{0}»: {1} — {2}", connection.name(), outcome.status(), outcome.message());
        return outcome;
    }

    private SyncOutcome fetchAndImport(PullConnection connection) {
        ReportSource source = sources.get(connection.kind());
        if (source == null) {
            return failed("no report source is installed for " + connection.kind());
        }
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        LocalDate from = yesterday.minusDays(connection.windowDays() - 1L);
        FetchedReport fetched = source.fetch(connection, secrets.reveal(connection.token()), from, yesterday);
        return switch (fetched) {
            case FetchedReport.Failure failure -> failed(failure.reason());
            case FetchedReport.NoData noData -> new SyncOutcome(clock.instant(), PullStatus.NO_DATA, noData.reason(), null);
            case FetchedReport.Payload payload -> imported(connection, payload);
        };
    }

    private SyncOutcome imported(PullConnection connection, FetchedReport.Payload payload) {
        ImportReport report = imports.importFile(new ImportCommand(payload.presetId(),
                ImportContent.ofBytes(payload.fileName(), payload.bytes()), Map.of(), payload.options(), false,
                "scheduler:" + connection.name()));
        if (report.status() == ImportStatus.COMMITTED) {
            return new SyncOutcome(clock.instant(), PullStatus.IMPORTED, report.observations() + " values from "
                    + report.rows() + " rows, " + report.from() + " to " + report.to(), report.id());
        }
        String problems = report.errors().stream().limit(PROBLEMS_IN_MESSAGE)
                .map(PullReports::describe).collect(Collectors.joining("; "));
        long more = report.errors().size() + report.moreErrors() - PROBLEMS_IN_MESSAGE;
        return new SyncOutcome(clock.instant(), PullStatus.REJECTED, "the import rejected the report: " + problems
                + (more > 0 ? " and " + more + " more" : ""), report.id());
    }

    private SyncOutcome failed(String reason) {
        return new SyncOutcome(clock.instant(), PullStatus.FAILED, reason, null);
    }

    private static String describe(RowProblem problem) {
        return (problem.line() > 0 ? "line " + problem.line() + ": " : "") + problem.message().english();
    }

    private static String reasonOf(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The outcome of one connection in one round. */
    public record PulledConnection(String connection, SyncOutcome outcome) {
    }
}

package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.measure.SeriesRegistry.Series;
import com.kpipulse.application.measure.DirectLoad;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Written;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A direct load (ADR 9): values go into {@code observation_value} with one binary {@code COPY} while the file is
 * read, and what the readers need besides the values is summed here, in the JVM, on the way: the rollup per measure,
 * channel and period, the days per series and month, the reach per measure. At the end a few thousand rows of sums
 * are copied in instead of a trigger aggregating a million.
 * <p>
 * The natural key is checked in two steps. Within the file: a bit per series and day of month; a key named twice
 * stops the load. Against the store: before the first 64 KB of values go out, their days are looked up in
 * {@code observation_month} (bits per series and month, under a primary key). When none is marked the values stream
 * on into the store; when one is, the file is a re-delivery (ADR 21): nothing is copied while it is read, its values
 * are kept compactly ({@link FileValues}) and at the end compared with the stored ones, and only what changed is
 * written ({@link Redelivery}). A day found taken only at the end (a file whose stored keys come after its first
 * 64 KB of new ones), a key named twice, or a store that moved under the load rolls the load back to its savepoint,
 * and the file takes the staging path, which replaces by key. Loads and merges of one source system wait for each other (the staging
 * path's transaction-scoped advisory lock, taken here at the start); should a writer that bypasses it (SQL through the
 * view) mark the same month or sum the same rollup row meanwhile, the unique violation sends the file down the
 * staging path too.
 */
final class PostgresDirectLoad implements DirectLoad {

    private static final String SAVEPOINT = "kpi_direct_load";
    private static final String UNIQUE_VIOLATION = "23505";

    private final Connection connection;
    private final UUID batch;
    private final SeriesRegistry series;
    private final long loadId;
    private final String sourceSystem;
    private final DayMarks days = new DayMarks();
    private RollupSums sums;
    private final BinaryCopy values;
    private CopyIn copy;
    private Mode mode = Mode.UNDECIDED;
    /** The file's values while it may be a re-delivery; dropped once it streams into the store. */
    private FileValues file = new FileValues();
    private long count;
    private boolean keysUnique = true;
    private boolean kept;

    /** Whether the values stream into the store or are kept for comparing, decided at the first 64 KB. */
    private enum Mode { UNDECIDED, DIRECT, REDELIVERY }

    PostgresDirectLoad(Connection connection, UUID batch, String sourceSystem, String recordedBy) throws SQLException {
        this.connection = connection;
        this.batch = batch;
        this.sourceSystem = sourceSystem;
        this.series = new SeriesRegistry(sourceSystem);
        this.sums = new RollupSums(sourceSystem);
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, CopyStaging.lockName(sourceSystem));
            lock.execute();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("savepoint " + SAVEPOINT);
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into observation_load (import_batch, recorded_by) values (?, ?) returning id")) {
            statement.setObject(1, batch);
            statement.setString(2, recordedBy);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                loadId = rs.getLong(1);
            }
        }
        values = new BinaryCopy(this::sendValues);
    }

    @Override
    public void add(ObservationRow row) {
        if (!keysUnique) {
            return;
        }
        Series of = series.of(row);
        LocalDate day = row.periodStart();
        // a re-delivery works out its months' fingerprints from the values it keeps
        long hash = mode == Mode.REDELIVERY ? 0
                : MonthFingerprint.of(day.getDayOfMonth() - 1, row.value(), row.currency());
        if (!days.mark(of, day, hash)) {
            keysUnique = false;
            return;
        }
        count++;
        if (mode != Mode.DIRECT) {
            file.put(of, day, row.value(), row.currency());
            if (mode == Mode.REDELIVERY) {
                return;
            }
        }
        sums.add(of.group(), day, row.currency() == null ? "" : row.currency(), row.value());
        values.row(5).date(day).int8(of.id()).numeric(row.value()).text(row.currency()).int8(loadId);
    }

    @Override
    public Optional<Written> finish() {
        try {
            if (!keysUnique) {
                return Optional.empty();
            }
            if (mode != Mode.REDELIVERY) {
                values.end();  // decides, when the file was shorter than 64 KB of values
            }
            if (!keysUnique) {
                return Optional.empty();  // the first rows are in the store already
            }
            if (mode == Mode.REDELIVERY) {
                Optional<Written> written = new Redelivery(connection, batch.toString(), loadId)
                        .write(file, series, sums);
                kept = written.isPresent();
                return written;
            }
            copy.endCopy();
            if (!days.store(connection, batch.toString())) {
                return Optional.empty();
            }
            series.store(connection);
            sums.store(connection, batch.toString());
            kept = true;
            return Optional.of(Written.allAdded(count));
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return Optional.empty();  // another load took a month or a rollup row first; the merge path sorts it out
            }
            throw new IllegalStateException("Could not load the values of import " + batch, e);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute(kept ? "release savepoint " + SAVEPOINT : "rollback to savepoint " + SAVEPOINT);
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not close the direct load of import " + batch, e);
        }
    }

    /**
     * The values' {@code COPY} starts with the first full buffer, so a file that fails early never opens it. Before
     * it does, the days of those first rows are looked up: a file whose first rows the store holds is a re-delivery,
     * and from then on its values are kept for comparing instead of copied (and the sums so far forgotten: a
     * re-delivery sums only what it adds).
     */
    private void sendValues(byte[] bytes, int length) {
        try {
            if (!keysUnique || mode == Mode.REDELIVERY) {
                return;
            }
            if (mode == Mode.UNDECIDED) {
                if (!days.allFree(connection)) {
                    mode = Mode.REDELIVERY;
                    sums = new RollupSums(sourceSystem);
                    return;
                }
                mode = Mode.DIRECT;
                file = null;
                copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy observation_value"
                        + " (period_start, series_id, value, currency, load_id) from stdin with (format binary)");
            }
            copy.writeToCopy(bytes, 0, length);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the values of import " + batch, e);
        }
    }
}

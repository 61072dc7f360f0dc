package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.measure.SeriesRegistry.Series;
import com.kpipulse.application.measure.DirectLoad;
import com.kpipulse.application.measure.ObservationRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A direct load (ADR 9): values go into {@code observation_value} with one binary {@code COPY} while the file is
 * read, and what the readers need besides the values is summed here, in the JVM, on the way: the rollup per measure,
 * channel and period, the days per series and month, the reach per measure. At the end a few thousand rows of sums
 * are copied in instead of a trigger aggregating a million.
 * <p>
 * The natural key is checked in two steps. Within the file: a bit per series and day of month; a key named twice
 * stops the load. Against the store: the file's days must not be marked in {@code observation_month} yet (bits per
 * series and month, under a primary key). Either way the load is rolled back to its savepoint and the file takes the
 * staging path, which replaces by key. Loads and merges of one source system wait for each other (the staging
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
    private final DayMarks days = new DayMarks();
    private final RollupSums sums;
    private final BinaryCopy values;
    private CopyIn copy;
    private boolean keysUnique = true;
    private boolean kept;

    PostgresDirectLoad(Connection connection, UUID batch, String sourceSystem, String recordedBy) throws SQLException {
        this.connection = connection;
        this.batch = batch;
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
        if (!days.mark(of, day)) {
            keysUnique = false;
            return;
        }
        sums.add(of.group(), day, row.currency() == null ? "" : row.currency(), row.value());
        values.row(5).date(day).int8(of.id()).numeric(row.value()).text(row.currency()).int8(loadId);
    }

    @Override
    public boolean finish() {
        try {
            if (!keysUnique) {
                return false;
            }
            values.end();
            if (!keysUnique) {
                return false;  // the first rows are in the store already
            }
            copy.endCopy();
            if (!days.store(connection, batch.toString())) {
                return false;
            }
            series.store(connection);
            sums.store(connection, batch.toString());
            kept = true;
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;  // another load took a month or a rollup row first; the merge path sorts it out
            }
            throw new IllegalStateException("Could not load the values of import " + batch, e);
        } catch (IllegalStateException e) {
            if (e.getCause() instanceof SQLException cause && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return false;
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
     * The values' {@code COPY} starts with the first full buffer, so a file that fails early never opens it, and a
     * file whose first rows the store holds already gives up before copying anything.
     */
    private void sendValues(byte[] bytes, int length) {
        try {
            if (!keysUnique) {
                return;
            }
            if (copy == null) {
                // a file delivered again fails here, after a thousand rows or so, not after all were copied in vain
                if (!days.allFree(connection)) {
                    keysUnique = false;
                    return;
                }
                copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy observation_value"
                        + " (period_start, series_id, value, currency, load_id) from stdin with (format binary)");
            }
            copy.writeToCopy(bytes, 0, length);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the values of import " + batch, e);
        }
    }
}

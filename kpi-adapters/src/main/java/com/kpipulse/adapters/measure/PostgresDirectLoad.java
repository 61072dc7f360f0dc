package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.measure.SeriesRegistry.RollupGroup;
import com.kpipulse.adapters.measure.SeriesRegistry.Series;
import com.kpipulse.application.importing.DirectLoad;
import com.kpipulse.application.importing.ObservationRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A direct load (ADR 9): values go into {@code observation_value} with one binary {@code COPY} while the file is read, and
 * what the readers need besides the values is summed here, in the JVM, on the way: the rollup per measure, channel
 * and period, the value count per series and month, the reach per measure. At the end a few thousand rows of sums
 * are written instead of a trigger aggregating a million.
 * <p>
 * The natural key is checked in two steps. Within the file: a bit per series and day of month; a key named twice
 * stops the load. Against the store: the file's days are marked in {@code observation_month} (bits per series and
 * month, under a primary key) only where none of them is marked yet; a day the store holds leaves its month unmarked.
 * Either way the load is rolled back to its savepoint and the file takes the staging path, which replaces by key.
 */
final class PostgresDirectLoad implements DirectLoad {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final String SAVEPOINT = "kpi_direct_load";

    private final Connection connection;
    private final UUID batch;
    private final SeriesRegistry series;
    private final long loadId;
    private final List<SeriesMonths> months = new ArrayList<>();
    private final Map<RollupKey, Sum> sums = new HashMap<>();
    private final BinaryCopyRows rows = new BinaryCopyRows(BUFFER_BYTES);
    private CopyIn copy;
    private boolean keysUnique = true;
    private boolean kept;

    PostgresDirectLoad(Connection connection, UUID batch, String sourceSystem) throws SQLException {
        this.connection = connection;
        this.batch = batch;
        this.series = new SeriesRegistry(sourceSystem);
        try (Statement statement = connection.createStatement()) {
            statement.execute("savepoint " + SAVEPOINT);
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "insert into observation_load (import_batch) values (?) returning id")) {
            statement.setObject(1, batch);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                loadId = rs.getLong(1);
            }
        }
    }

    @Override
    public void add(ObservationRow row) {
        if (!keysUnique) {
            return;
        }
        Series of = series.of(row);
        LocalDate day = row.periodStart();
        SeriesMonths tally = (SeriesMonths) of.tally();
        if (tally == null) {
            tally = new SeriesMonths(of);
            of.tally(tally);
            months.add(tally);
        }
        if (!tally.mark(day)) {
            keysUnique = false;
            return;
        }
        String currency = row.currency() == null ? "" : row.currency();
        sums.computeIfAbsent(new RollupKey(of.group(), day, currency), key -> new Sum()).add(row.value());
        rows.row(day, of.id(), row.value(), row.currency(), loadId);
        if (rows.full()) {
            flush();
        }
    }

    @Override
    public boolean finish() {
        try {
            if (!keysUnique) {
                return false;
            }
            endCopy();
            if (!daysAreNew()) {
                return false;
            }
            series.store(connection);
            addSums();
            kept = true;
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the values of import " + batch, e);
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
     * Marks the file's days per series and month; a month whose marked days overlap the file's is left alone, so
     * every day was free exactly when every month row was inserted or updated.
     */
    private boolean daysAreNew() throws SQLException {
        List<Long> ids = new ArrayList<>();
        List<Date> starts = new ArrayList<>();
        List<Integer> masks = new ArrayList<>();
        months.forEach(tally -> tally.months.forEach((month, days) -> {
            ids.add(tally.series.id());
            starts.add(Date.valueOf(LocalDate.of(month / 12, month % 12 + 1, 1)));
            masks.add(days.bits);
        }));
        try (PreparedStatement statement = connection.prepareStatement("insert into observation_month as m"
                + " select * from unnest(?::bigint[], ?::date[], ?::integer[])"
                + " on conflict (series_id, month_start) do update set day_mask = m.day_mask | excluded.day_mask"
                + " where m.day_mask & excluded.day_mask = 0")) {
            statement.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            statement.setArray(2, connection.createArrayOf("date", starts.toArray()));
            statement.setArray(3, connection.createArrayOf("integer", masks.toArray()));
            return statement.executeUpdate() == ids.size();
        }
    }

    private void addSums() throws SQLException {
        int size = sums.size();
        Object[] measures = new Object[size];
        Object[] periods = new Object[size];
        Object[] grains = new Object[size];
        Object[] channels = new Object[size];
        Object[] systems = new Object[size];
        Object[] currencies = new Object[size];
        Object[] totals = new Object[size];
        Object[] counts = new Object[size];
        Map<RollupGroup, LocalDate> reach = new HashMap<>();
        int i = 0;
        for (Map.Entry<RollupKey, Sum> entry : sums.entrySet()) {
            RollupKey key = entry.getKey();
            measures[i] = key.group().measure();
            periods[i] = Date.valueOf(key.period());
            grains[i] = key.group().grain();
            channels[i] = key.group().channel();
            systems[i] = series.sourceSystem();
            currencies[i] = key.currency();
            totals[i] = entry.getValue().total;
            counts[i] = entry.getValue().count;
            reach.merge(new RollupGroup(key.group().measure(), key.group().grain(), ""), key.period(),
                    (a, b) -> a.isAfter(b) ? a : b);
            i++;
        }
        try (PreparedStatement rollup = connection.prepareStatement("select observation_rollup_add(?::text[],"
                + " ?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::bigint[])");
             PreparedStatement freshness = connection.prepareStatement(
                     "select observation_freshness_extend(?::text[], ?::text[], ?::text[], ?::date[])")) {
            rollup.setArray(1, connection.createArrayOf("text", measures));
            rollup.setArray(2, connection.createArrayOf("date", periods));
            rollup.setArray(3, connection.createArrayOf("text", grains));
            rollup.setArray(4, connection.createArrayOf("text", channels));
            rollup.setArray(5, connection.createArrayOf("text", systems));
            rollup.setArray(6, connection.createArrayOf("text", currencies));
            rollup.setArray(7, connection.createArrayOf("numeric", totals));
            rollup.setArray(8, connection.createArrayOf("bigint", counts));
            rollup.execute();
            List<RollupGroup> groups = new ArrayList<>(reach.keySet());
            freshness.setArray(1, connection.createArrayOf("text", groups.stream().map(RollupGroup::measure).toArray()));
            freshness.setArray(2, connection.createArrayOf("text", groups.stream().map(g -> series.sourceSystem()).toArray()));
            freshness.setArray(3, connection.createArrayOf("text", groups.stream().map(RollupGroup::grain).toArray()));
            freshness.setArray(4, connection.createArrayOf("date", groups.stream().map(g -> Date.valueOf(reach.get(g))).toArray()));
            freshness.execute();
        }
    }

    private void flush() {
        try {
            if (copy == null) {
                copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy observation_value"
                        + " (period_start, series_id, value, currency, load_id) from stdin with (format binary)");
            }
            rows.drain((bytes, length) -> {
                try {
                    copy.writeToCopy(bytes, 0, length);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not load the values of import " + batch, e);
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load the values of import " + batch, e);
        }
    }

    private void endCopy() throws SQLException {
        rows.end();
        flush();
        copy.endCopy();
    }

    private record RollupKey(RollupGroup group, LocalDate period, String currency) {
    }

    private static final class Sum {
        private BigDecimal total = BigDecimal.ZERO;
        private long count;

        void add(BigDecimal value) {
            total = total.add(value);
            count++;
        }
    }

    /** The days of each month a file gives for one series, as bits: a second value for a day is a repeated key. */
    private static final class SeriesMonths {
        private final Series series;
        private final Map<Integer, Days> months = new HashMap<>();
        private int lastMonth = -1;
        private Days last;

        SeriesMonths(Series series) {
            this.series = series;
        }

        boolean mark(LocalDate day) {
            int month = day.getYear() * 12 + day.getMonthValue() - 1;
            if (month != lastMonth) {
                lastMonth = month;
                last = months.computeIfAbsent(month, m -> new Days());
            }
            int bit = 1 << (day.getDayOfMonth() - 1);
            if ((last.bits & bit) != 0) {
                return false;
            }
            last.bits |= bit;
            return true;
        }
    }

    private static final class Days {
        private int bits;
    }
}

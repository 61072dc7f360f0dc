package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.measure.SeriesRegistry.RollupGroup;
import com.kpipulse.adapters.measure.SeriesRegistry.Series;
import com.kpipulse.application.importing.DirectLoad;
import com.kpipulse.application.importing.ObservationRow;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

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
    private final Map<Series, SeriesMonths> months = new IdentityHashMap<>();
    private final Map<RollupKey, Sum> sums = new HashMap<>();
    private final BinaryCopy values;
    private CopyIn copy;
    private boolean keysUnique = true;
    private boolean kept;

    PostgresDirectLoad(Connection connection, UUID batch, String sourceSystem, String recordedBy) throws SQLException {
        this.connection = connection;
        this.batch = batch;
        this.series = new SeriesRegistry(sourceSystem);
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
        SeriesMonths tally = months.get(of);
        if (tally == null) {
            tally = new SeriesMonths(of);
            months.put(of, tally);
        }
        if (!tally.mark(day)) {
            keysUnique = false;
            return;
        }
        String currency = row.currency() == null ? "" : row.currency();
        sums.computeIfAbsent(new RollupKey(of.group(), day, currency), key -> new Sum()).add(row.value());
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
            if (!markDays()) {
                return false;
            }
            series.store(connection);
            addSums();
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
     * Marks the file's days: months the store has no row for are copied in; a stored month gets the file's days
     * added only if none of them is marked yet. False when a day is taken.
     */
    private boolean markDays() throws SQLException {
        Map<MonthKey, Integer> stored = storedMonths();
        List<MonthMark> marks = marks();
        if (anyDayTaken(marks, stored)) {
            return false;
        }
        List<MonthMark> grown = marks.stream().filter(mark -> stored.containsKey(mark.key())).toList();
        copyIn("copy observation_month (series_id, month_start, day_mask) from stdin with (format binary)",
                out -> marks.stream().filter(mark -> !stored.containsKey(mark.key()))
                        .forEach(mark -> out.row(3).int8(mark.series()).date(mark.start()).int4(mark.days())));
        if (grown.isEmpty()) {
            return true;
        }
        try (PreparedStatement statement = connection.prepareStatement("update observation_month m"
                + " set day_mask = m.day_mask | a.mask from unnest(?::bigint[], ?::date[], ?::integer[])"
                + " as a (series_id, month_start, mask) where m.series_id = a.series_id"
                + " and m.month_start = a.month_start and m.day_mask & a.mask = 0")) {
            statement.setArray(1, connection.createArrayOf("bigint", grown.stream().map(MonthMark::series).toArray()));
            statement.setArray(2, connection.createArrayOf("date",
                    grown.stream().map(mark -> Date.valueOf(mark.start())).toArray()));
            statement.setArray(3, connection.createArrayOf("integer", grown.stream().map(MonthMark::days).toArray()));
            return statement.executeUpdate() == grown.size();  // fewer: another load marked a day meanwhile
        }
    }

    /**
     * Rollup rows the store does not have yet are copied in; the few it has (another file of the same source and
     * days, other campaigns) are added to, like the reach.
     */
    private void addSums() throws SQLException {
        Set<RollupKey> stored = storedRollupKeys();
        List<Map.Entry<RollupKey, Sum>> added = new ArrayList<>();
        copyIn("copy observation_rollup (measure, period_start, grain, channel, source_system, currency, value,"
                + " row_count) from stdin with (format binary)", out -> sums.forEach((key, sum) -> {
                    if (stored.contains(key)) {
                        added.add(Map.entry(key, sum));
                    } else {
                        out.row(8).text(key.group().measure()).date(key.period()).text(key.group().grain())
                                .text(key.group().channel()).text(series.sourceSystem()).text(key.currency())
                                .numeric(sum.total).int8(sum.count);
                    }
                }));
        if (!added.isEmpty()) {
            try (PreparedStatement rollup = connection.prepareStatement("select observation_rollup_add(?::text[],"
                    + " ?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::bigint[])")) {
                rollup.setArray(1, texts(added.stream().map(e -> e.getKey().group().measure())));
                rollup.setArray(2, connection.createArrayOf("date",
                        added.stream().map(e -> Date.valueOf(e.getKey().period())).toArray()));
                rollup.setArray(3, texts(added.stream().map(e -> e.getKey().group().grain())));
                rollup.setArray(4, texts(added.stream().map(e -> e.getKey().group().channel())));
                rollup.setArray(5, texts(added.stream().map(e -> series.sourceSystem())));
                rollup.setArray(6, texts(added.stream().map(e -> e.getKey().currency())));
                rollup.setArray(7, connection.createArrayOf("numeric", added.stream().map(e -> e.getValue().total).toArray()));
                rollup.setArray(8, connection.createArrayOf("bigint", added.stream().map(e -> e.getValue().count).toArray()));
                rollup.execute();
            }
        }
        extendReach();
    }

    /** The rollup rows of this source, the file's measures and its days that exist already. */
    private Set<RollupKey> storedRollupKeys() throws SQLException {
        LocalDate first = null;
        LocalDate last = null;
        Set<String> measures = new HashSet<>();
        for (RollupKey key : sums.keySet()) {
            first = first == null || key.period().isBefore(first) ? key.period() : first;
            last = last == null || key.period().isAfter(last) ? key.period() : last;
            measures.add(key.group().measure());
        }
        Set<RollupKey> stored = new HashSet<>();
        if (first == null) {
            return stored;
        }
        try (PreparedStatement statement = connection.prepareStatement("select measure, grain, channel, period_start,"
                + " currency from observation_rollup where measure = any (?::text[]) and source_system = ?"
                + " and period_start between ? and ?")) {
            statement.setArray(1, connection.createArrayOf("text", measures.toArray()));
            statement.setString(2, series.sourceSystem());
            statement.setObject(3, first);
            statement.setObject(4, last);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    RollupKey key = new RollupKey(new RollupGroup(rs.getString(1), rs.getString(2), rs.getString(3)),
                            rs.getObject(4, LocalDate.class), rs.getString(5));
                    if (sums.containsKey(key)) {
                        stored.add(key);
                    }
                }
            }
        }
        return stored;
    }

    private void extendReach() throws SQLException {
        Map<Reach, LocalDate> reach = new HashMap<>();
        sums.keySet().forEach(key -> reach.merge(new Reach(key.group().measure(), key.group().grain()),
                key.period(), (a, b) -> a.isAfter(b) ? a : b));
        List<Reach> groups = new ArrayList<>(reach.keySet());
        try (PreparedStatement freshness = connection.prepareStatement(
                "select observation_freshness_extend(?::text[], ?::text[], ?::text[], ?::date[])")) {
            freshness.setArray(1, texts(groups.stream().map(Reach::measure)));
            freshness.setArray(2, texts(groups.stream().map(group -> series.sourceSystem())));
            freshness.setArray(3, texts(groups.stream().map(Reach::grain)));
            freshness.setArray(4, connection.createArrayOf("date",
                    groups.stream().map(group -> Date.valueOf(reach.get(group))).toArray()));
            freshness.execute();
        }
    }

    /** The day marks the store holds for the series seen so far. */
    private Map<MonthKey, Integer> storedMonths() throws SQLException {
        Map<MonthKey, Integer> stored = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select series_id, month_start, day_mask from observation_month where series_id = any (?::bigint[])")) {
            statement.setArray(1, connection.createArrayOf("bigint",
                    months.keySet().stream().map(Series::id).toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    stored.put(new MonthKey(rs.getLong(1), monthIndex(rs.getDate(2).toLocalDate())), rs.getInt(3));
                }
            }
        }
        return stored;
    }

    /**
     * Before the first bytes go out: whether the rows read so far bring only days the store does not hold. A file
     * delivered again fails here, after a thousand rows or so, instead of after all of them were copied in vain.
     */
    private boolean firstRowsAreNew() throws SQLException {
        return !anyDayTaken(marks(), storedMonths());
    }

    /** The file's days so far, per series and month. */
    private List<MonthMark> marks() {
        List<MonthMark> marks = new ArrayList<>();
        months.values().forEach(tally -> tally.months.forEach(
                (month, days) -> marks.add(new MonthMark(tally.series.id(), month, days.bits))));
        return marks;
    }

    private static boolean anyDayTaken(List<MonthMark> marks, Map<MonthKey, Integer> stored) {
        return marks.stream().anyMatch(mark -> (stored.getOrDefault(mark.key(), 0) & mark.days()) != 0);
    }

    private Array texts(Stream<String> texts) throws SQLException {
        return connection.createArrayOf("text", texts.toArray());
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
                if (!firstRowsAreNew()) {
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

    private void copyIn(String sql, Consumer<BinaryCopy> rows) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        try {
            BinaryCopy out = new BinaryCopy((bytes, length) -> {
                try {
                    in.writeToCopy(bytes, 0, length);
                } catch (SQLException e) {
                    throw new IllegalStateException("Could not copy the sums of import " + batch, e);
                }
            });
            rows.accept(out);
            out.end();
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** Months counted from year 0, so a month is one int. */
    private static int monthIndex(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    private record RollupKey(RollupGroup group, LocalDate period, String currency) {
    }

    private record MonthKey(long series, int month) {
    }

    /** The days a file gives for one series in one month, as bits. */
    private record MonthMark(long series, int month, int days) {

        MonthKey key() {
            return new MonthKey(series, month);
        }

        LocalDate start() {
            return LocalDate.of(month / 12, month % 12 + 1, 1);
        }
    }

    /** How far a measure's values of this source reach, per grain. */
    private record Reach(String measure, String grain) {
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
            int month = monthIndex(day);
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

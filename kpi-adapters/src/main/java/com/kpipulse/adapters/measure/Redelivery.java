package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.Written;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The end of a direct load that met stored keys (ADR 21): the file's values, kept by {@link FileValues}, are compared
 * with the stored values of the same series and periods; only what differs is written. A stored value given again as
 * it was is left alone; one given another figure or currency is updated in place by its row (the update trigger
 * corrects the rollup); a key the store lacks is copied in, its sums, day marks and reach added as a direct load adds
 * them. A re-delivery with 1 % of its values changed thus writes 1 % of them instead of staging, collapsing and joining
 * all of them.
 * <p>
 * Most months are settled without reading their values (ADR 25): a stored month whose fingerprint is known, all of
 * whose days the file gives again, and whose values on those days the file fingerprints the same, is unchanged there.
 * Only the other months' values are read, in one pass ({@link StoredValues}), and their fingerprints are set anew.
 */
final class Redelivery {

    private final Connection connection;
    private final String batch;
    private final long loadId;

    Redelivery(Connection connection, String batch, long loadId) {
        this.connection = connection;
        this.batch = batch;
        this.loadId = loadId;
    }

    /** A stored value the file changes: its row, and where the file's value is kept. */
    private record Change(long row, FileValues.Month month, int day) {
    }

    /** A stored month whose values are read and compared: its series, month index and the file's values there. */
    private record ReadBack(long series, int month, FileValues.Month values) {
    }

    /**
     * Writes what the file changes; empty when the store moved under it (a day marked without a value, a row
     * changed meanwhile by a writer that bypasses the source's lock): the caller then leaves nothing behind.
     */
    Optional<Written> write(FileValues file, SeriesRegistry series, RollupSums sums) throws SQLException {
        series.store(connection);
        long[] unchanged = {0};
        List<ReadBack> readBack = settleByFingerprints(file, unchanged);
        List<Change> changes = new ArrayList<>();
        if (!readBack.isEmpty()) {
            compare(file, readBack, changes, unchanged);
        }
        if (!replace(changes)) {
            return Optional.empty();
        }
        long added = file.count() - unchanged[0] - changes.size();
        if (added > 0 && !add(file, sums)) {
            return Optional.empty();
        }
        fingerprint(readBack);
        if (added == 0 && changes.isEmpty()) {
            try (PreparedStatement unused = connection.prepareStatement("delete from observation_load where id = ?")) {
                unused.setLong(1, loadId);
                unused.executeUpdate();  // a file that changes nothing leaves no load behind
            }
        }
        return Optional.of(new Written(added, changes.size(), unchanged[0]));
    }

    /**
     * Reads the stored months of the file's series and settles those whose fingerprint says the file gives their
     * values again unchanged; returns the stored months whose values are to be read. A month the store lacks is new.
     */
    private List<ReadBack> settleByFingerprints(FileValues file, long[] unchanged) throws SQLException {
        List<ReadBack> readBack = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select series_id, month_start, day_mask,"
                + " fingerprint from observation_month where series_id = any (?::bigint[])"
                + " and month_start between ? and ?")) {
            statement.setArray(1, connection.createArrayOf("bigint", file.seriesIds().toArray()));
            statement.setObject(2, file.first().withDayOfMonth(1));
            statement.setObject(3, file.last());
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    long seriesId = rs.getLong(1);
                    int month = DayMarks.monthIndex(rs.getObject(2, LocalDate.class));
                    FileValues.Month values = file.month(seriesId, month);
                    if (values == null) {
                        continue;  // a month of the series the file does not give: kept as it is
                    }
                    int stored = rs.getInt(3);
                    long fingerprint = rs.getLong(4);
                    boolean known = !rs.wasNull();
                    if (known && (stored & ~values.days()) == 0 && values.fingerprintOf(stored) == fingerprint) {
                        values.matched = stored;  // the file's other days of the month are new
                        unchanged[0] += Integer.bitCount(stored);
                    } else {
                        values.readBack = true;
                        readBack.add(new ReadBack(seriesId, month, values));
                    }
                }
            }
        }
        return readBack;
    }

    /**
     * Reads the stored values of the months to be read back, locked so that no other writer changes them before their
     * fingerprints are set, and compares them with the file's: the same are unchanged, the others are changes.
     */
    private void compare(FileValues file, List<ReadBack> readBack, List<Change> changes, long[] unchanged)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table if not exists import_read_back (series_id bigint not null,"
                    + " month_start date not null) on commit drop");
            statement.execute("truncate import_read_back");
            BinaryCopy.copyIn(connection, "copy import_read_back (series_id, month_start) from stdin with"
                            + " (format binary)", "the months read back by import " + batch,
                    out -> readBack.forEach(month -> out.row(2).int8(month.series())
                            .date(DayMarks.monthStart(month.month()))));
            statement.execute("analyze import_read_back");
            statement.execute("select 1 from observation_month m join import_read_back r using (series_id, month_start)"
                    + " for update of m");
        }
        int first = readBack.stream().mapToInt(ReadBack::month).min().orElseThrow();
        int last = readBack.stream().mapToInt(ReadBack::month).max().orElseThrow();
        // stored values come mostly in period order (as they were loaded): a date is worked out when the day changes
        long[] lastDay = {Long.MIN_VALUE, 0, 0};
        Set<Long> series = readBack.stream().map(ReadBack::series).collect(Collectors.toSet());
        StoredValues.read(connection, "import_read_back", series, DayMarks.monthStart(first),
                DayMarks.monthStart(last + 1).minusDays(1),
                (row, seriesId, epochDay, micros, large, currency) -> {
                    if (epochDay != lastDay[0]) {
                        LocalDate day = LocalDate.ofEpochDay(epochDay);
                        lastDay[0] = epochDay;
                        lastDay[1] = DayMarks.monthIndex(day);
                        lastDay[2] = day.getDayOfMonth() - 1;
                    }
                    FileValues.Month month = file.month(seriesId, (int) lastDay[1]);
                    int index = (int) lastDay[2];
                    if (month == null || !month.readBack || (month.matched & 1 << index) != 0) {
                        return;
                    }
                    if (!month.has(index)) {  // a stored value the file does not give again: kept as it is
                        month.storedElsewhere = MonthFingerprint.add(month.storedElsewhere, large == null
                                ? MonthFingerprint.of(index, micros, currency)
                                : MonthFingerprint.of(index, large, currency));
                        return;
                    }
                    month.matched |= 1 << index;
                    if (month.same(index, micros, large, currency)) {
                        unchanged[0]++;
                    } else {
                        changes.add(new Change(row, month, index));
                    }
                });
    }

    /** Sets the fingerprints of the months read back: what the store kept there and what the file gave. */
    private void fingerprint(List<ReadBack> readBack) throws SQLException {
        if (readBack.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement("update observation_month m"
                + " set fingerprint = a.fingerprint from unnest(?::bigint[], ?::date[], ?::bigint[])"
                + " as a (series_id, month_start, fingerprint) where m.series_id = a.series_id"
                + " and m.month_start = a.month_start")) {
            statement.setArray(1, connection.createArrayOf("bigint",
                    readBack.stream().map(ReadBack::series).toArray()));
            statement.setArray(2, connection.createArrayOf("date",
                    readBack.stream().map(month -> Date.valueOf(DayMarks.monthStart(month.month()))).toArray()));
            statement.setArray(3, connection.createArrayOf("bigint", readBack.stream()
                    .map(month -> MonthFingerprint.add(month.values().storedElsewhere, month.values().fingerprint()))
                    .toArray()));
            statement.executeUpdate();
        }
    }

    /** Updates the changed values by their rows; false when a row was not where it was read. */
    private boolean replace(List<Change> changes) throws SQLException {
        if (changes.isEmpty()) {
            return true;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table if not exists import_replaced (value_row tid not null,"
                    + " value numeric not null, currency text) on commit drop");
            statement.execute("truncate import_replaced");
            BinaryCopy.copyIn(connection, "copy import_replaced (value_row, value, currency) from stdin with"
                            + " (format binary)", "the replaced values of import " + batch,
                    out -> changes.forEach(change -> out.row(3).tid(change.row())
                            .numeric(change.month().value(change.day())).text(change.month().currency(change.day()))));
            // each row fetched by its ctid, a TID scan over the list, then joined with its new value: joined directly,
            // the planner (counting a random page per row) would rather read the whole table
            int updated = statement.executeUpdate("update observation_value v set value = r.value,"
                    + " currency = r.currency, load_id = " + loadId + " from import_replaced r"
                    + " where v.ctid = any (array(select value_row from import_replaced)) and v.ctid = r.value_row");
            return updated == changes.size();
        }
    }

    /** Copies in the values of keys the store lacks, with their sums, day marks and reach; false when a day is taken. */
    private boolean add(FileValues file, RollupSums sums) throws SQLException {
        DayMarks days = new DayMarks();
        BinaryCopy.copyIn(connection, "copy observation_value (period_start, series_id, value, currency, load_id)"
                        + " from stdin with (format binary)", "the new values of import " + batch,
                out -> file.forEachUnmatched((series, day, value, currency, hash) -> {
                    out.row(5).date(day).int8(series.id()).numeric(value).text(currency).int8(loadId);
                    sums.add(series.group(), day, currency == null ? "" : currency, value);
                    days.mark(series, day, hash);
                }));
        if (!days.store(connection, batch)) {
            return false;
        }
        sums.store(connection, batch);
        return true;
    }
}

package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.Written;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The end of a direct load that met stored keys (ADR 21): the file's values, kept by {@link FileValues}, are compared
 * with the stored values of the same series and periods, read in one pass ({@link StoredValues}); only what differs is
 * written. A stored value given again as it was is left alone; one given another figure or currency is updated in
 * place by its row (the update trigger corrects the rollup); a key the store lacks is copied in, its sums, day marks
 * and reach added as a direct load adds them. A re-delivery with 1 % of its values changed thus writes 1 % of them
 * instead of staging, collapsing and joining all of them.
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

    /**
     * Writes what the file changes; empty when the store moved under it (a day marked without a value, a row
     * changed meanwhile by a writer that bypasses the source's lock): the caller then leaves nothing behind.
     */
    Optional<Written> write(FileValues file, SeriesRegistry series, RollupSums sums) throws SQLException {
        series.store(connection);
        List<Change> changes = new ArrayList<>();
        long[] unchanged = {0};
        // stored values come mostly in period order (as they were loaded): a date is worked out when the day changes
        long[] lastDay = {Long.MIN_VALUE, 0, 0};
        StoredValues.read(connection, file.seriesIds(), file.first(), file.last(),
                (row, seriesId, epochDay, micros, large, currency) -> {
                    if (epochDay != lastDay[0]) {
                        LocalDate day = LocalDate.ofEpochDay(epochDay);
                        lastDay[0] = epochDay;
                        lastDay[1] = DayMarks.monthIndex(day);
                        lastDay[2] = day.getDayOfMonth() - 1;
                    }
                    FileValues.Month month = file.month(seriesId, (int) lastDay[1]);
                    int index = (int) lastDay[2];
                    if (month == null || !month.has(index) || (month.matched & 1 << index) != 0) {
                        return;  // a value of the series the file does not give again: kept as it is
                    }
                    month.matched |= 1 << index;
                    if (month.same(index, micros, large, currency)) {
                        unchanged[0]++;
                    } else {
                        changes.add(new Change(row, month, index));
                    }
                });
        if (!replace(changes)) {
            return Optional.empty();
        }
        long added = file.count() - unchanged[0] - changes.size();
        if (added > 0 && !add(file, sums)) {
            return Optional.empty();
        }
        if (added == 0 && changes.isEmpty()) {
            try (PreparedStatement unused = connection.prepareStatement("delete from observation_load where id = ?")) {
                unused.setLong(1, loadId);
                unused.executeUpdate();  // a file that changes nothing leaves no load behind
            }
        }
        return Optional.of(new Written(added, changes.size(), unchanged[0]));
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
                out -> file.forEachUnmatched((series, day, value, currency) -> {
                    out.row(5).date(day).int8(series.id()).numeric(value).text(currency).int8(loadId);
                    sums.add(series.group(), day, currency == null ? "" : currency, value);
                    days.mark(series, day);
                }));
        if (!days.store(connection, batch)) {
            return false;
        }
        sums.store(connection, batch);
        return true;
    }
}

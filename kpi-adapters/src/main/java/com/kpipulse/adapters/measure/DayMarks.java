package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.measure.SeriesRegistry.Series;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The days a direct load brings, per series and month, as bits (ADR 9): within the file a second value for a day is
 * a repeated key; against the store ({@code observation_month}) a day already marked sends the file to the merge
 * path. At the end the file's marks are copied in, or added to the stored months none of whose days they take, each
 * with the fingerprint of the values it brings ({@link MonthFingerprint}, ADR 25) added to the month's.
 */
final class DayMarks {

    private final Map<Series, SeriesMonths> months = new IdentityHashMap<>();

    /**
     * Marks the day for the series, whose value there hashes to {@code hash} ({@link MonthFingerprint}); false when
     * the file named the day already.
     */
    boolean mark(Series series, LocalDate day, long hash) {
        SeriesMonths tally = months.get(series);
        if (tally == null) {
            tally = new SeriesMonths(series);
            months.put(series, tally);
        }
        return tally.mark(day, hash);
    }

    /** Whether no day was marked yet. */
    boolean isEmpty() {
        return months.isEmpty();
    }

    /** Whether the days marked so far are all free in the store. */
    boolean allFree(Connection connection) throws SQLException {
        return !anyDayTaken(marks(), stored(connection));
    }

    /**
     * Writes the file's marks: months the store has no row for are copied in; a stored month gets the file's days
     * added only if none of them is marked yet, and their hashes added to its fingerprint (an unknown one stays
     * unknown). False when a day is taken.
     */
    boolean store(Connection connection, String batch) throws SQLException {
        Map<MonthKey, Integer> stored = stored(connection);
        List<MonthMark> marks = marks();
        if (anyDayTaken(marks, stored)) {
            return false;
        }
        List<MonthMark> grown = marks.stream().filter(mark -> stored.containsKey(mark.key())).toList();
        BinaryCopy.copyIn(connection, "copy observation_month (series_id, month_start, day_mask, fingerprint)"
                        + " from stdin with (format binary)", "the day marks of import " + batch,
                out -> marks.stream().filter(mark -> !stored.containsKey(mark.key()))
                        .forEach(mark -> out.row(4).int8(mark.series()).date(mark.start()).int4(mark.days())
                                .int8(mark.fingerprint())));
        if (grown.isEmpty()) {
            return true;
        }
        try (PreparedStatement statement = connection.prepareStatement("update observation_month m"
                + " set day_mask = m.day_mask | a.mask,"
                + " fingerprint = (m.fingerprint + a.fingerprint) & " + MonthFingerprint.MASK
                + " from unnest(?::bigint[], ?::date[], ?::integer[], ?::bigint[])"
                + " as a (series_id, month_start, mask, fingerprint) where m.series_id = a.series_id"
                + " and m.month_start = a.month_start and m.day_mask & a.mask = 0")) {
            statement.setArray(1, connection.createArrayOf("bigint", grown.stream().map(MonthMark::series).toArray()));
            statement.setArray(2, connection.createArrayOf("date",
                    grown.stream().map(mark -> Date.valueOf(mark.start())).toArray()));
            statement.setArray(3, connection.createArrayOf("integer", grown.stream().map(MonthMark::days).toArray()));
            statement.setArray(4, connection.createArrayOf("bigint",
                    grown.stream().map(MonthMark::fingerprint).toArray()));
            return statement.executeUpdate() == grown.size();  // fewer: another load marked a day meanwhile
        }
    }

    /** The day marks the store holds for the series seen so far. */
    private Map<MonthKey, Integer> stored(Connection connection) throws SQLException {
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

    /** The file's days so far, per series and month. */
    private List<MonthMark> marks() {
        List<MonthMark> marks = new ArrayList<>();
        months.values().forEach(tally -> tally.months.forEach(
                (month, days) -> marks.add(new MonthMark(tally.series.id(), month, days.bits, days.fingerprint))));
        return marks;
    }

    private static boolean anyDayTaken(List<MonthMark> marks, Map<MonthKey, Integer> stored) {
        return marks.stream().anyMatch(mark -> (stored.getOrDefault(mark.key(), 0) & mark.days()) != 0);
    }

    /** Months counted from year 0, so a month is one int. */
    static int monthIndex(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** The first day of a month counted by {@link #monthIndex}. */
    static LocalDate monthStart(int month) {
        return LocalDate.of(month / 12, month % 12 + 1, 1);
    }

    private record MonthKey(long series, int month) {
    }

    /** The days a file gives for one series in one month, as bits, and the fingerprint of their values. */
    private record MonthMark(long series, int month, int days, long fingerprint) {

        MonthKey key() {
            return new MonthKey(series, month);
        }

        LocalDate start() {
            return monthStart(month);
        }
    }

    /** The days of each month a file gives for one series: a second value for a day is a repeated key. */
    private static final class SeriesMonths {
        private final Series series;
        private final Map<Integer, Days> months = new HashMap<>();
        private int lastMonth = -1;
        private Days last;

        SeriesMonths(Series series) {
            this.series = series;
        }

        boolean mark(LocalDate day, long hash) {
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
            last.fingerprint = MonthFingerprint.add(last.fingerprint, hash);
            return true;
        }
    }

    private static final class Days {
        private int bits;
        private long fingerprint;
    }
}

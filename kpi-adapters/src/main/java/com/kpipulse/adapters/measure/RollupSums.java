package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.measure.SeriesRegistry.RollupGroup;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What readers need of a direct load besides the values (ADR 8, 9), summed in the JVM on the way: the rollup per
 * measure, grain, channel, period and currency, and how far each measure reaches. At the end a few thousand rows are
 * copied in (or added to the few the store has) instead of a trigger aggregating a million.
 */
final class RollupSums {

    private final String sourceSystem;
    private final Map<RollupKey, Sum> sums = new HashMap<>();
    // a file gives the campaigns of a channel and day one after the other: their sum is found once for the run
    private RollupKey lastKey;
    private Sum lastSum;

    RollupSums(String sourceSystem) {
        this.sourceSystem = sourceSystem;
    }

    void add(RollupGroup group, LocalDate day, String currency, BigDecimal value) {
        if (lastKey == null || !lastKey.is(group, day, currency)) {
            lastKey = new RollupKey(group, day, currency);
            lastSum = sums.computeIfAbsent(lastKey, key -> new Sum());
        }
        lastSum.add(value);
    }

    /**
     * Rollup rows the store does not have yet are copied in; the few it has (another file of the same source and
     * days, other campaigns) are added to; the reach is extended.
     */
    void store(Connection connection, String batch) throws SQLException {
        Set<RollupKey> stored = storedKeys(connection);
        List<Map.Entry<RollupKey, Sum>> added = new ArrayList<>();
        BinaryCopy.copyIn(connection, "copy observation_rollup (measure, period_start, grain, channel, source_system,"
                + " currency, value, row_count) from stdin with (format binary)", "the sums of import " + batch,
                out -> sums.forEach((key, sum) -> {
                    if (stored.contains(key)) {
                        added.add(Map.entry(key, sum));
                    } else {
                        out.row(8).text(key.group().measure()).date(key.period()).text(key.group().grain())
                                .text(key.group().channel()).text(sourceSystem).text(key.currency())
                                .numeric(sum.total).int8(sum.count);
                    }
                }));
        if (!added.isEmpty()) {
            try (PreparedStatement rollup = connection.prepareStatement("select observation_rollup_add(?::text[],"
                    + " ?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::numeric[], ?::bigint[])")) {
                rollup.setArray(1, texts(connection, added.stream().map(e -> e.getKey().group().measure())));
                rollup.setArray(2, connection.createArrayOf("date",
                        added.stream().map(e -> Date.valueOf(e.getKey().period())).toArray()));
                rollup.setArray(3, texts(connection, added.stream().map(e -> e.getKey().group().grain())));
                rollup.setArray(4, texts(connection, added.stream().map(e -> e.getKey().group().channel())));
                rollup.setArray(5, texts(connection, added.stream().map(e -> sourceSystem)));
                rollup.setArray(6, texts(connection, added.stream().map(e -> e.getKey().currency())));
                rollup.setArray(7, connection.createArrayOf("numeric",
                        added.stream().map(e -> e.getValue().total).toArray()));
                rollup.setArray(8, connection.createArrayOf("bigint",
                        added.stream().map(e -> e.getValue().count).toArray()));
                rollup.execute();
            }
        }
        extendReach(connection);
    }

    /** The rollup rows of this source, the file's measures and its days that exist already. */
    private Set<RollupKey> storedKeys(Connection connection) throws SQLException {
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
            statement.setString(2, sourceSystem);
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

    private void extendReach(Connection connection) throws SQLException {
        Map<Reach, LocalDate> reach = new HashMap<>();
        sums.keySet().forEach(key -> reach.merge(new Reach(key.group().measure(), key.group().grain()),
                key.period(), (a, b) -> a.isAfter(b) ? a : b));
        List<Reach> groups = new ArrayList<>(reach.keySet());
        try (PreparedStatement freshness = connection.prepareStatement(
                "select observation_freshness_extend(?::text[], ?::text[], ?::text[], ?::date[])")) {
            freshness.setArray(1, texts(connection, groups.stream().map(Reach::measure)));
            freshness.setArray(2, texts(connection, groups.stream().map(group -> sourceSystem)));
            freshness.setArray(3, texts(connection, groups.stream().map(Reach::grain)));
            freshness.setArray(4, connection.createArrayOf("date",
                    groups.stream().map(group -> Date.valueOf(reach.get(group))).toArray()));
            freshness.execute();
        }
    }

    private static Array texts(Connection connection, Stream<String> texts) throws SQLException {
        return connection.createArrayOf("text", texts.toArray());
    }

    private record RollupKey(RollupGroup group, LocalDate period, String currency) {

        /**
         * Spread, unlike the record's own: with its factor 31 the next channel's key met the key a month and a day
         * away, so a million-row file filled buckets with a dozen keys each and looked them up in trees.
         */
        @Override
        public int hashCode() {
            return (group.hashCode() * SeriesRegistry.SPREAD + (int) period.toEpochDay()) * SeriesRegistry.SPREAD
                    + currency.hashCode();
        }

        boolean is(RollupGroup group, LocalDate period, String currency) {
            return this.group.equals(group) && this.period.equals(period) && this.currency.equals(currency);
        }

        /** Written out, as {@link RollupGroup}'s is. */
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof RollupKey that && is(that.group, that.period, that.currency);
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
}

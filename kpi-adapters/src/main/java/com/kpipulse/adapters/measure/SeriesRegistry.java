package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.ObservationRow;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The series one import names (source system, measure, grain, channel, campaign, source), each with the id the store
 * derives from its key ({@code kpi_series_id} in V10): known without asking the database, so values can stream
 * while the file is read. A file names few series and many values, so the lookup per row is one hash probe.
 */
final class SeriesRegistry {

    private static final char SEPARATOR = '\u001f';

    /** The golden ratio's 32 bits, odd: a factor that spreads hash codes of keys built from near-equal parts. */
    static final int SPREAD = 0x9E3779B1;

    private final String sourceSystem;
    private final Map<Key, Series> byKey = new HashMap<>();
    private final Map<Long, Series> byId = new HashMap<>();

    SeriesRegistry(String sourceSystem) {
        this.sourceSystem = sourceSystem;
    }

    /** A series of the store, with the part of its key the rollup sums by. */
    record Series(long id, String measure, String grain, String channel, String campaign, String source,
                  RollupGroup group) {

        Series(long id, String measure, String grain, String channel, String campaign, String source) {
            this(id, measure, grain, channel, campaign, source, new RollupGroup(measure, grain, channel));
        }

        @Override
        public String toString() {
            return String.join("/", measure, grain, channel, campaign, source);
        }
    }

    /**
     * Measure, grain and channel of a series: the rollup sums its campaigns and sources together. Its equality and
     * hash are written out, as are those of the other keys a load looks up once a row: a record's own go through
     * method handles, which the client compiler the image runs with (TieredStopAtLevel=1) does not inline.
     */
    record RollupGroup(String measure, String grain, String channel) {

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof RollupGroup that && measure.equals(that.measure)
                    && grain.equals(that.grain) && channel.equals(that.channel);
        }

        @Override
        public int hashCode() {
            return (measure.hashCode() * SPREAD + grain.hashCode()) * SPREAD + channel.hashCode();
        }
    }

    private record Key(String measure, String grain, String channel, String campaign, String source) {

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key that && measure.equals(that.measure)
                    && grain.equals(that.grain) && channel.equals(that.channel) && campaign.equals(that.campaign)
                    && source.equals(that.source);
        }

        /** Spread, unlike the record's own: names that differ in a last letter or digit land far apart. */
        @Override
        public int hashCode() {
            int hash = measure.hashCode();
            hash = hash * SPREAD + grain.hashCode();
            hash = hash * SPREAD + channel.hashCode();
            hash = hash * SPREAD + campaign.hashCode();
            return hash * SPREAD + source.hashCode();
        }
    }

    Series of(ObservationRow row) {
        Key key = new Key(row.measure(), row.grain().name(), orEmpty(row.channel()), orEmpty(row.campaign()),
                orEmpty(row.source()));
        Series series = byKey.get(key);
        if (series == null) {
            series = register(key);
        }
        return series;
    }

    Series byId(long id) {
        return byId.get(id);
    }

    String sourceSystem() {
        return sourceSystem;
    }

    private Series register(Key key) {
        long id = idOf(sourceSystem, key.measure(), key.grain(), key.channel(), key.campaign(), key.source());
        Series series = new Series(id, key.measure(), key.grain(), key.channel(), key.campaign(), key.source());
        Series clash = byId.putIfAbsent(id, series);
        if (clash != null) {
            throw new IllegalStateException("two series of " + sourceSystem + " share the id " + id + ": " + clash
                    + " and " + series + "; the store cannot keep both");
        }
        byKey.put(key, series);
        return series;
    }

    /** The first 64 bits of the MD5 of the key's parts joined by U+001F, as {@code kpi_series_id} computes them. */
    static long idOf(String sourceSystem, String measure, String grain, String channel, String campaign, String source) {
        String text = String.join(String.valueOf(SEPARATOR), sourceSystem, measure, grain, channel, campaign, source);
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    /**
     * Adds the series the store does not know yet, and checks that an id already there names the same key: two keys
     * with one id (a 64-bit hash collision) would mix their values, so the import fails instead.
     */
    void store(Connection connection) throws SQLException {
        if (byId.isEmpty()) {
            return;
        }
        List<Series> all = new ArrayList<>(byId.values());
        String unnest = "unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])"
                + " as a (id, measure, grain, channel, campaign, source)";
        String insert = "insert into observation_series (id, source_system, measure, grain, channel, campaign, source)"
                + " select a.id, ?, a.measure, a.grain, a.channel, a.campaign, a.source from " + unnest
                + " on conflict do nothing";
        String clashes = "select a.id from " + unnest + " join observation_series s on s.id = a.id"
                + " where (s.source_system, s.measure, s.grain, s.channel, s.campaign, s.source)"
                + " is distinct from (?, a.measure, a.grain, a.channel, a.campaign, a.source) limit 1";
        try (PreparedStatement inserting = connection.prepareStatement(insert);
             PreparedStatement checking = connection.prepareStatement(clashes)) {
            inserting.setString(1, sourceSystem);
            bindColumns(connection, inserting, 2, all);
            inserting.executeUpdate();
            bindColumns(connection, checking, 1, all);
            checking.setString(7, sourceSystem);
            try (ResultSet rs = checking.executeQuery()) {
                if (rs.next()) {
                    throw new IllegalStateException("the series id " + rs.getLong(1) + " of " + byId.get(rs.getLong(1))
                            + " already names another series in the store; the import cannot be kept");
                }
            }
        }
    }

    private static void bindColumns(Connection connection, PreparedStatement statement, int first, List<Series> all)
            throws SQLException {
        statement.setArray(first, connection.createArrayOf("bigint", all.stream().map(Series::id).toArray()));
        statement.setArray(first + 1, texts(connection, all.stream().map(Series::measure).toArray()));
        statement.setArray(first + 2, texts(connection, all.stream().map(Series::grain).toArray()));
        statement.setArray(first + 3, texts(connection, all.stream().map(Series::channel).toArray()));
        statement.setArray(first + 4, texts(connection, all.stream().map(Series::campaign).toArray()));
        statement.setArray(first + 5, texts(connection, all.stream().map(Series::source).toArray()));
    }

    private static Array texts(Connection connection, Object[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}

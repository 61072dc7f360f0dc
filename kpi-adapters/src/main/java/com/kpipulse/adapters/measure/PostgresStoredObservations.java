package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.DailyTotal;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.SourceFreshness;
import com.kpipulse.application.measure.SourceSummary;
import com.kpipulse.application.measure.StoredObservation;
import com.kpipulse.application.measure.StoredObservations;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.period.Period;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The stored values as they are, from the {@code observation} view (ADR 9); provenance joins the import's batch, and
 * freshness reads {@code measure_freshness} (one row per measure, source system and grain, kept by the store's
 * triggers).
 */
@ApplicationScoped
public class PostgresStoredObservations implements StoredObservations {

    private static final String VALUE_OF = """
            select value from observation
            where source_system = ? and measure = ? and grain = ? and period_start = ?
              and channel = ? and campaign = ? and source = ?
            """;

    private static final String EVERY_VALUE = """
            select source_system, measure, grain, period_start, channel, campaign, source, value, currency
            from observation
            where period_start between ? and ?
              and (cardinality(?::text[]) = 0 or measure = any (?))
              and (cardinality(?::text[]) = 0 or channel = any (?))
            order by measure, grain, period_start, channel, campaign, source, source_system
            """;

    /**
     * The rollup holds exactly these sums, per system, kept exact in the writing transaction (ADR 8, ADR 9): the check
     * reads a few thousand rows by its key instead of every campaign's values of nine weeks.
     */
    public static final String DAILY_TOTALS = """
            select source_system, measure, channel, period_start, nullif(currency, ''), value
            from observation_rollup
            where grain = 'DAY' and row_count > 0 and period_start between ? and ?
              and (cardinality(?::text[]) = 0 or measure = any (?))
              and (cardinality(?::text[]) = 0 or channel = any (?))
            """;

    private static final String SOURCES = """
            select o.measure, o.source_system, count(*), b.file_name, coalesce(b.imported_by, o.recorded_by),
                   coalesce(b.imported_at, max(o.recorded_at))
            from observation o
            left join import_batch b on b.id = o.import_batch
            where o.measure = any (?) and o.period_start >= ? and o.period_start < ?
              and (cardinality(?::text[]) = 0 or o.channel = any (?))
            group by o.measure, o.source_system, b.file_name, coalesce(b.imported_by, o.recorded_by), b.imported_at
            order by o.measure, o.source_system, 6 desc
            """;

    private static final String LAST_DAYS = """
            select source_system, max(case grain
                    when 'WEEK' then last_start + 6
                    when 'MONTH' then (last_start + interval '1 month' - interval '1 day')::date
                    else last_start end)
            from measure_freshness
            where measure = any (?)
            group by source_system
            order by source_system
            """;

    private static final int ROWS_PER_FETCH = 5_000;

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresStoredObservations(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean isEmpty() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select not exists (select 1 from observation)")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell whether the observation store is empty", e);
        }
    }

    @Override
    public Optional<BigDecimal> valueOf(String sourceSystem, ObservationRow row) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(VALUE_OF)) {
            statement.setString(1, sourceSystem);
            statement.setString(2, row.measure());
            statement.setString(3, row.grain().name());
            statement.setObject(4, row.periodStart());
            statement.setString(5, orEmpty(row.channel()));
            statement.setString(6, orEmpty(row.campaign()));
            statement.setString(7, orEmpty(row.source()));
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBigDecimal(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the stored value of " + row.measure(), e);
        }
    }

    /**
     * Streams with a server-side cursor (fetch size), so an export never holds the whole result. A cursor needs a
     * transaction: the caller's, or one of its own that reads and ends.
     */
    @Override
    public void forEach(Set<String> measures, LocalDate from, LocalDate to, Set<String> channels,
                        Consumer<StoredObservation> action) {
        try (Connection connection = dataSource.getConnection()) {
            boolean ownTransaction = connection.getAutoCommit();
            if (ownTransaction) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = connection.prepareStatement(EVERY_VALUE)) {
                statement.setFetchSize(ROWS_PER_FETCH);
                bindDaysMeasuresAndChannels(connection, statement, from, to, measures, channels);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String currency = rs.getString(9);
                        action.accept(new StoredObservation(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getBigDecimal(8).stripTrailingZeros(), currency == null ? null : currency.strip()));
                    }
                }
            } finally {
                if (ownTransaction) {
                    connection.rollback();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the stored values from " + from + " to " + to, e);
        }
    }

    @Override
    public void forEachDailyTotal(Set<String> measures, LocalDate from, LocalDate to, Set<String> channels,
                                  Consumer<DailyTotal> action) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(DAILY_TOTALS)) {
            bindDaysMeasuresAndChannels(connection, statement, from, to, measures, channels);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String channel = rs.getString(3);
                    String currency = rs.getString(5);
                    action.accept(new DailyTotal(rs.getString(1), rs.getString(2), channel == null ? "" : channel,
                            rs.getObject(4, LocalDate.class), rs.getBigDecimal(6).stripTrailingZeros(),
                            currency == null ? null : currency.strip()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not sum the daily values from " + from + " to " + to, e);
        }
    }

    /** Binds the days {@code between ? and ?}, then the measures and the channels, each array twice (empty: all). */
    private static void bindDaysMeasuresAndChannels(Connection connection, PreparedStatement statement, LocalDate from,
                                                    LocalDate to, Set<String> measures, Set<String> channels)
            throws SQLException {
        statement.setObject(1, from);
        statement.setObject(2, to);
        Object[] measureArray = measures.toArray();
        Object[] channelArray = channels.toArray();
        statement.setArray(3, connection.createArrayOf("text", measureArray));
        statement.setArray(4, connection.createArrayOf("text", measureArray));
        statement.setArray(5, connection.createArrayOf("text", channelArray));
        statement.setArray(6, connection.createArrayOf("text", channelArray));
    }

    @Override
    public List<SourceSummary> sourcesOf(Set<String> measures, Period span, Set<String> channels) {
        List<SourceSummary> sources = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SOURCES)) {
            statement.setArray(1, connection.createArrayOf("text", measures.toArray()));
            statement.setObject(2, span.start());
            statement.setObject(3, span.endExclusive());
            statement.setArray(4, connection.createArrayOf("text", channels.toArray()));
            statement.setArray(5, connection.createArrayOf("text", channels.toArray()));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(6);
                    sources.add(new SourceSummary(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), at == null ? null : at.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read where the values of " + measures + " came from", e);
        }
        return sources;
    }

    private static String orEmpty(String dimension) {
        return dimension == null ? "" : dimension;
    }
}

package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values KPIs are computed from, summed in SQL from {@code rollup_that_counts} (V19): the rows of
 * {@code observation_rollup}, already summed over campaigns and sources and kept exact by triggers (ADR 8), of the
 * source system that counts (ADR 6). Per campaign, the values of that system are summed from {@code observation}.
 */
@ApplicationScoped
public class PostgresValuesThatCount implements ValuesThatCount {

    public static final String PER_CHANNEL = """
            select measure, grain, period_start, channel, nullif(currency, ''), sum(value)
            from rollup_that_counts
            where measure = any (?) and period_start >= ? and period_start < ?
              and (cardinality(?::text[]) = 0 or channel = any (?))
            group by measure, grain, period_start, channel, currency
            """;

    /**
     * Both sides are read on their own first (materialized), then joined by hash: joined directly, the planner ran
     * one scan of the values per ranked row (4 s for a month of the demo company against 13 ms so). The source that
     * counts is decided per channel, as in the rollup. The rows come unsummed and are summed per campaign in Java
     * ({@link #perCampaign}): grouped in SQL, the join's estimate of one row made PostgreSQL sort every row by six keys
     * on disk (past {@code work_mem}) for a group of one or two rows each, two fifths of the query on the
     * benchmark's week (docs/benchmarks.md).
     */
    public static final String PER_CAMPAIGN = """
            with counting as materialized (
                select distinct measure, grain, period_start, channel, source_system
                from rollup_that_counts
                where measure = any (?) and period_start >= ? and period_start < ?
                  and (cardinality(?::text[]) = 0 or channel = any (?))),
            campaigns as materialized (
                select s.measure, s.grain, v.period_start, s.channel, s.source_system, s.campaign, v.currency, v.value
                from observation_value v
                join observation_series s on s.id = v.series_id
                where s.measure = any (?) and v.period_start >= ? and v.period_start < ?
                  and (cardinality(?::text[]) = 0 or s.channel = any (?)))
            select c.measure, c.grain, c.period_start, c.channel, c.currency, c.value, c.campaign
            from campaigns c
            join counting k on k.measure = c.measure and k.grain = c.grain and k.period_start = c.period_start
                           and k.channel = c.channel and k.source_system = c.source_system
            """;

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresValuesThatCount(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels) {
        List<Observation> observations = new ArrayList<>();
        Map<String, MeasureCode> codes = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(PER_CHANNEL)) {
            bindMeasuresAndSpan(connection, statement, 1, measures, span);
            Object[] channelArray = channels.toArray();
            statement.setArray(4, connection.createArrayOf("text", channelArray));
            statement.setArray(5, connection.createArrayOf("text", channelArray));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String channel = rs.getString(4);
                    observations.add(observation(rs, channel.isEmpty() ? Map.of() : Map.of("channel", channel), codes));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the values of " + measures + " for " + span, e);
        }
        return ObservationSet.of(observations);
    }

    /**
     * The ranking's conditions and the values' conditions are the same: measures, span and channels, bound twice. The
     * rows of one campaign, day and currency (its sources, say «vk / cpc» and «vk.com / social») are summed here,
     * exactly; the order of the observations of one day is no part of the answer (every reader sums or groups them).
     */
    @Override
    public ObservationSet perCampaign(Set<MeasureCode> measures, Period span, Set<String> channels) {
        Map<CampaignKey, BigDecimal> sums = new LinkedHashMap<>(); // in the order read: by day, mostly
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(PER_CAMPAIGN)) {
            Object[] channelArray = channels.toArray();
            for (int first : new int[] {1, 6}) {
                bindMeasuresAndSpan(connection, statement, first, measures, span);
                statement.setArray(first + 3, connection.createArrayOf("text", channelArray));
                statement.setArray(first + 4, connection.createArrayOf("text", channelArray));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String channel = rs.getString(4);
                    if (channel != null && !channel.isEmpty()) { // values without a channel have no campaigns to list
                        String currency = rs.getString(5);
                        sums.merge(new CampaignKey(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                                channel, rs.getString(7), currency == null ? "" : currency.strip()),
                                rs.getBigDecimal(6), BigDecimal::add);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the campaigns of " + channels + " for " + measures + " in "
                    + span, e);
        }
        Map<String, MeasureCode> codes = new HashMap<>();
        List<Observation> observations = new ArrayList<>(sums.size());
        sums.forEach((key, value) -> observations.add(new Observation(
                codes.computeIfAbsent(key.measure(), MeasureCode::new), Period.of(Grain.valueOf(key.grain()), key.start()),
                Map.of("channel", key.channel(), "campaign", key.campaign()), value,
                key.currency().isEmpty() ? Optional.empty() : Optional.of(Currency.getInstance(key.currency())))));
        return ObservationSet.of(observations);
    }

    /** What one campaign's rows are summed under: what SQL's {@code group by} grouped them by. */
    private record CampaignKey(String measure, String grain, LocalDate start, String channel, String campaign,
                               String currency) {
    }

    /** Binds {@code measure = any (?)}, {@code period_start >= ?} and {@code period_start < ?} from {@code first} on. */
    private static void bindMeasuresAndSpan(Connection connection, PreparedStatement statement, int first,
                                            Set<MeasureCode> measures, Period span) throws SQLException {
        statement.setArray(first, connection.createArrayOf("text", measures.stream().map(MeasureCode::value).toArray()));
        statement.setObject(first + 1, span.start());
        statement.setObject(first + 2, span.endExclusive());
    }

    /**
     * One row as an observation; {@code codes} keeps the measure codes of one read, so each is checked once rather
     * than once per row (a cycle reads millions of rows of a few dozen measures).
     */
    private static Observation observation(ResultSet rs, Map<String, String> dimensions, Map<String, MeasureCode> codes)
            throws SQLException {
        Period period = Period.of(Grain.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class));
        String currency = rs.getString(5);
        Optional<Currency> money = currency == null ? Optional.empty()
                : Optional.of(Currency.getInstance(currency.strip()));
        return new Observation(codes.computeIfAbsent(rs.getString(1), MeasureCode::new), period, dimensions,
                rs.getBigDecimal(6), money);
    }
}

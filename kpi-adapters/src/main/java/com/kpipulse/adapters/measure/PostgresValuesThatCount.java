package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.measure.WholeMonths;
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
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
     * {@link #PER_CHANNEL} of measures one source system alone has delivered ({@link #SYSTEMS}): the rollup's rows as
     * they are, which is what ranking them would keep.
     */
    public static final String PER_CHANNEL_ALONE = """
            select measure, grain, period_start, channel, nullif(currency, ''), value
            from observation_rollup
            where measure = any (?) and period_start >= ? and period_start < ?
              and (cardinality(?::text[]) = 0 or channel = any (?))
            """;

    /**
     * Per measure, whether several source systems have delivered it, at any grain, and whether it has values of
     * other grains than days: {@code measure_freshness} lists every system and grain of the rollup's rows (each
     * writer extends it; a deletion recounts it from the rollup), so a measure it lists with one system has no rival.
     */
    public static final String SYSTEMS = """
            select measure, count(distinct source_system) > 1, bool_or(grain <> 'DAY')
            from measure_freshness
            where measure = any (?)
            group by measure
            """;

    /** {@link #PER_CHANNEL} of some grains only: those of the measures read by months' sums or ends, but days. */
    public static final String OF_GRAINS = """
            select measure, grain, period_start, channel, nullif(currency, ''), sum(value)
            from rollup_that_counts
            where measure = any (?) and period_start >= ? and period_start < ?
              and (cardinality(?::text[]) = 0 or channel = any (?)) and grain = any (?)
            group by measure, grain, period_start, channel, currency
            """;

    /**
     * The daily values that count on each month's first and last day with a value, per measure and channel: where a
     * month's or a quarter's level lies (a snapshot's).
     */
    public static final String AT_MONTHS_ENDS = """
            select measure, grain, period_start, channel, nullif(currency, ''), value
            from (select measure, grain, period_start, channel, currency, value,
                         period_start in (min(period_start) over w, max(period_start) over w) as at_an_end
                  from rollup_that_counts
                  where measure = any (?) and period_start >= ? and period_start < ?
                    and (cardinality(?::text[]) = 0 or channel = any (?)) and grain = 'DAY'
                  window w as (partition by measure, channel, date_trunc('month', period_start))) days
            where at_an_end
            """;

    /** {@link #AT_MONTHS_ENDS} of measures one source system alone has delivered, from the rollup as it is. */
    public static final String AT_MONTHS_ENDS_ALONE = AT_MONTHS_ENDS.replace("from rollup_that_counts",
            "from observation_rollup");

    /**
     * The months' sums of daily values (V33), and whether several source systems delivered a measure in a month and
     * channel: then which one counts is decided day by day ({@link #PER_CHANNEL}) and the days are summed in Java.
     */
    public static final String MONTHS = """
            select measure, month_start, channel, nullif(currency, ''), value,
                   min(source_system) over w <> max(source_system) over w
            from observation_rollup_month
            where measure = any (?) and month_start >= ? and month_start < ?
              and (cardinality(?::text[]) = 0 or channel = any (?))
            window w as (partition by measure, month_start, channel)
            """;

    /**
     * Which source system counts for each measure, day and channel of a read per campaign: the rollup's ranking (ADR
     * 6), decided per channel as in the rollup.
     */
    public static final String COUNTING = """
            select distinct measure, grain, period_start, channel, source_system
            from rollup_that_counts
            where measure = any (?) and period_start >= ? and period_start < ?
              and (cardinality(?::text[]) = 0 or channel = any (?))
            """;

    /** The series of the measures and channels of a read per campaign: every system's, every campaign's. */
    public static final String SERIES = """
            select id, measure, grain, channel, source_system, campaign
            from observation_series
            where measure = any (?) and (cardinality(?::text[]) = 0 or channel = any (?))
            """;

    /**
     * Every system's values of the measures, days and channels, unsummed and named by their series ({@link #SERIES});
     * {@link #perCampaign} keeps those of the system that counts ({@link #COUNTING}) and sums them per campaign in
     * Java. Joined with the ranking in SQL, the planner ran one scan of the values per ranked row (4 s for a month of
     * the demo company); materialized and joined by hash, the join of every row on five text keys, with its side
     * spilled to disk past {@code work_mem}, cost more than finding the rows; grouped in SQL, the join's estimate of
     * one row made PostgreSQL sort every row by six keys on disk for groups of one or two (docs/benchmarks.md).
     */
    public static final String PER_CAMPAIGN = """
            select v.series_id, v.period_start, v.currency, v.value
            from observation_value v
            join observation_series s on s.id = v.series_id
            where s.measure = any (?) and v.period_start >= ? and v.period_start < ?
              and (cardinality(?::text[]) = 0 or s.channel = any (?))
            """;

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresValuesThatCount(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels) {
        List<Observation> observations = new ArrayList<>();
        Parts parts = new Parts();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(PER_CHANNEL)) {
            bindQuestion(connection, statement, measures, span, channels);
            readPerChannel(statement, parts, observations::add);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the values of " + measures + " for " + span, e);
        }
        return ObservationSet.of(observations);
    }

    /**
     * The days from {@code daysFrom} on as {@link #perChannel} reads them. In the whole months before: the measures
     * read as they are, as it reads them; of the others the values of other grains, the snapshots' first and last days
     * of each month ({@link #AT_MONTHS_ENDS}), and the summed measures' months' sums (V33), those of a month and
     * channel where several systems compete summed here from the days that count.
     */
    @Override
    public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels,
                                     WholeMonths whole) {
        Optional<Period> wholeMonths = whole.of(span);
        Set<MeasureCode> summed = new HashSet<>(whole.summed());
        summed.retainAll(measures);
        Set<MeasureCode> atTheirEnds = new HashSet<>(whole.atTheirEnds());
        atTheirEnds.retainAll(measures);
        Set<MeasureCode> asTheyAre = new HashSet<>(measures);
        asTheyAre.removeAll(summed);
        asTheyAre.removeAll(atTheirEnds);
        if (wholeMonths.isEmpty() || asTheyAre.size() == measures.size()) {
            return perChannel(measures, span, channels);
        }
        Period months = wholeMonths.get();
        List<Observation> observations = new ArrayList<>();
        Parts parts = new Parts();
        try (Connection connection = dataSource.getConnection()) {
            Systems systems = Systems.of(connection, measures);
            if (whole.daysFrom().isBefore(span.endExclusive())) {
                systems.read(connection, PER_CHANNEL, PER_CHANNEL_ALONE, measures,
                        new Period(whole.daysFrom(), span.endExclusive()), channels, parts, observations);
            }
            systems.read(connection, PER_CHANNEL, PER_CHANNEL_ALONE, asTheyAre, months, channels, parts, observations);
            Set<MeasureCode> ofOtherGrains = systems.ofOtherGrains(summed, atTheirEnds);
            if (!ofOtherGrains.isEmpty()) {
                try (PreparedStatement statement = connection.prepareStatement(OF_GRAINS)) {
                    bindQuestion(connection, statement, ofOtherGrains, months, channels);
                    statement.setArray(6, connection.createArrayOf("text", Arrays.stream(Grain.values())
                            .filter(grain -> grain != Grain.DAY).map(Grain::name).toArray()));
                    readPerChannel(statement, parts, observations::add);
                }
            }
            systems.read(connection, AT_MONTHS_ENDS, AT_MONTHS_ENDS_ALONE, atTheirEnds, months, channels, parts,
                    observations);
            if (!summed.isEmpty()) {
                observations.addAll(monthSums(connection, summed, months, channels, parts));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the values of " + measures + " for " + span, e);
        }
        return ObservationSet.of(observations);
    }

    /** What {@link #SYSTEMS} says of the measures of a read: which have rivals, which values of other grains. */
    private record Systems(Set<String> rivalled, Set<String> ofOtherGrains) {

        static Systems of(Connection connection, Set<MeasureCode> measures) throws SQLException {
            Set<String> rivalled = new HashSet<>();
            Set<String> ofOtherGrains = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(SYSTEMS)) {
                statement.setArray(1, connection.createArrayOf("text",
                        measures.stream().map(MeasureCode::value).toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(2)) {
                            rivalled.add(rs.getString(1));
                        }
                        if (rs.getBoolean(3)) {
                            ofOtherGrains.add(rs.getString(1));
                        }
                    }
                }
            }
            return new Systems(rivalled, ofOtherGrains);
        }

        /**
         * The rows of {@code ranked} for the measures with rivals, of {@code alone} for the others: the same answer,
         * without ranking what has no rival.
         */
        void read(Connection connection, String ranked, String alone, Set<MeasureCode> measures, Period span,
                  Set<String> channels, Parts parts, List<Observation> observations) throws SQLException {
            Set<MeasureCode> withRivals = new HashSet<>();
            Set<MeasureCode> without = new HashSet<>();
            measures.forEach(measure -> (rivalled.contains(measure.value()) ? withRivals : without).add(measure));
            if (!withRivals.isEmpty()) {
                PostgresValuesThatCount.read(connection, ranked, withRivals, span, channels, parts, observations);
            }
            if (!without.isEmpty()) {
                PostgresValuesThatCount.read(connection, alone, without, span, channels, parts, observations);
            }
        }

        /** Those of the measures that have values of other grains than days. */
        Set<MeasureCode> ofOtherGrains(Set<MeasureCode> summed, Set<MeasureCode> atTheirEnds) {
            Set<MeasureCode> found = new HashSet<>();
            summed.stream().filter(measure -> ofOtherGrains.contains(measure.value())).forEach(found::add);
            atTheirEnds.stream().filter(measure -> ofOtherGrains.contains(measure.value())).forEach(found::add);
            return found;
        }
    }

    /** The rows of {@code sql}, a question of measures, span and channels, as observations. */
    private static void read(Connection connection, String sql, Set<MeasureCode> measures, Period span,
                             Set<String> channels, Parts parts, List<Observation> observations) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindQuestion(connection, statement, measures, span, channels);
            readPerChannel(statement, parts, observations::add);
        }
    }

    /** The months' sums of the measures' days, of the system that counts on each day. */
    private List<Observation> monthSums(Connection connection, Set<MeasureCode> summed, Period months,
                                        Set<String> channels, Parts parts) throws SQLException {
        List<Observation> observations = new ArrayList<>();
        Set<MonthKey> competing = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(MONTHS)) {
            bindQuestion(connection, statement, summed, months, channels);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    MonthKey key = new MonthKey(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3));
                    if (rs.getBoolean(6)) {
                        competing.add(key);
                    } else {
                        observations.add(new Observation(parts.code(key.measure()),
                                parts.period(Grain.MONTH.name(), key.month()), parts.channel(key.channel()),
                                rs.getBigDecimal(5), parts.currency(rs.getString(4))));
                    }
                }
            }
        }
        if (!competing.isEmpty()) {
            observations.addAll(competingMonths(connection, competing, parts));
        }
        return observations;
    }

    /** The months and channels where several systems delivered a summed measure: their days that count, summed. */
    private List<Observation> competingMonths(Connection connection, Set<MonthKey> competing, Parts parts)
            throws SQLException {
        Set<MeasureCode> measures = new HashSet<>();
        Set<String> channels = new HashSet<>();
        LocalDate first = null;
        LocalDate last = null;
        for (MonthKey key : competing) {
            measures.add(parts.code(key.measure()));
            channels.add(key.channel());
            first = first == null || key.month().isBefore(first) ? key.month() : first;
            last = last == null || key.month().isAfter(last) ? key.month() : last;
        }
        Map<MonthSum, BigDecimal> sums = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(PER_CHANNEL)) {
            bindQuestion(connection, statement, measures, new Period(first, last.plusMonths(1)), channels);
            readPerChannel(statement, parts, day -> {
                MonthKey key = new MonthKey(day.measure().value(), day.period().start().withDayOfMonth(1),
                        day.dimensions().getOrDefault("channel", ""));
                if (day.period().grain().equals(Optional.of(Grain.DAY)) && competing.contains(key)) {
                    sums.merge(new MonthSum(key, day.currency()), day.value(), BigDecimal::add);
                }
            });
        }
        List<Observation> months = new ArrayList<>(sums.size());
        sums.forEach((sum, value) -> months.add(new Observation(parts.code(sum.key().measure()),
                parts.period(Grain.MONTH.name(), sum.key().month()), parts.channel(sum.key().channel()), value,
                sum.currency())));
        return months;
    }

    /** What one competing month's days are summed under: its key and their currency. */
    private record MonthSum(MonthKey key, Optional<Currency> currency) {
    }

    /** The rows of {@link #PER_CHANNEL}, or a question that answers its columns, as observations. */
    private static void readPerChannel(PreparedStatement statement, Parts parts, Consumer<Observation> each)
            throws SQLException {
        try (ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                each.accept(new Observation(parts.code(rs.getString(1)),
                        parts.period(rs.getString(2), rs.getObject(3, LocalDate.class)),
                        parts.channel(rs.getString(4)), rs.getBigDecimal(6), parts.currency(rs.getString(5))));
            }
        }
    }

    /** A measure's month and channel in the months' sums. */
    private record MonthKey(String measure, LocalDate month, String channel) {
    }

    /**
     * The ranking and the values are read with the same conditions: measures, span and channels. The rows of one
     * campaign, day and currency (its sources, say «vk / cpc» and «vk.com / social») of the system that counts are
     * summed here, exactly; the order of the observations of one day is no part of the answer (every reader sums or
     * groups them).
     */
    @Override
    public ObservationSet perCampaign(Set<MeasureCode> measures, Period span, Set<String> channels) {
        Map<List<String>, Set<LocalDate>> counting = new HashMap<>(); // per measure, grain, channel and system
        Map<Long, Series> series = new HashMap<>();
        Map<CampaignKey, BigDecimal> sums = new LinkedHashMap<>(); // in the order read: by day, mostly
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(COUNTING)) {
                bindQuestion(connection, statement, measures, span, channels);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        counting.computeIfAbsent(List.of(rs.getString(1), rs.getString(2), rs.getString(4),
                                rs.getString(5)), key -> new HashSet<>()).add(rs.getObject(3, LocalDate.class));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(SERIES)) {
                statement.setArray(1, connection.createArrayOf("text",
                        measures.stream().map(MeasureCode::value).toArray()));
                Object[] channelArray = channels.toArray();
                statement.setArray(2, connection.createArrayOf("text", channelArray));
                statement.setArray(3, connection.createArrayOf("text", channelArray));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String channel = rs.getString(4);
                        Set<LocalDate> days = counting.get(List.of(rs.getString(2), rs.getString(3), channel,
                                rs.getString(5)));
                        // values without a channel have no campaigns to list; a system that counts on no day, none
                        if (!channel.isEmpty() && days != null) {
                            series.put(rs.getLong(1), new Series(rs.getString(2), rs.getString(3), channel,
                                    rs.getString(6), days));
                        }
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(PER_CAMPAIGN)) {
                bindQuestion(connection, statement, measures, span, channels);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Series one = series.get(rs.getLong(1));
                        LocalDate start = one == null ? null : rs.getObject(2, LocalDate.class);
                        if (one != null && one.countingDays().contains(start)) {
                            String currency = rs.getString(3);
                            sums.merge(new CampaignKey(one.measure(), one.grain(), start, one.channel(),
                                    one.campaign(), currency == null ? "" : currency.strip()), rs.getBigDecimal(4),
                                    BigDecimal::add);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the campaigns of " + channels + " for " + measures + " in "
                    + span, e);
        }
        Parts parts = new Parts();
        List<Observation> observations = new ArrayList<>(sums.size());
        sums.forEach((key, value) -> observations.add(new Observation(parts.code(key.measure()),
                parts.period(key.grain(), key.start()), Map.of("channel", key.channel(), "campaign", key.campaign()),
                value, parts.currency(key.currency()))));
        return ObservationSet.of(observations);
    }

    /** A series of a campaign, and the days of the read on which its system counts for its measure and channel. */
    private record Series(String measure, String grain, String channel, String campaign, Set<LocalDate> countingDays) {
    }

    /** What one campaign's rows are summed under: what SQL's {@code group by} grouped them by. */
    private record CampaignKey(String measure, String grain, LocalDate start, String channel, String campaign,
                               String currency) {
    }

    /** Binds the measures, the span and the channels (twice: {@code cardinality(?) = 0 or channel = any (?)}). */
    private static void bindQuestion(Connection connection, PreparedStatement statement, Set<MeasureCode> measures,
                                     Period span, Set<String> channels) throws SQLException {
        bindMeasuresAndSpan(connection, statement, 1, measures, span);
        Object[] channelArray = channels.toArray();
        statement.setArray(4, connection.createArrayOf("text", channelArray));
        statement.setArray(5, connection.createArrayOf("text", channelArray));
    }

    /** Binds {@code measure = any (?)}, {@code period_start >= ?} and {@code period_start < ?} from {@code first} on. */
    private static void bindMeasuresAndSpan(Connection connection, PreparedStatement statement, int first,
                                            Set<MeasureCode> measures, Period span) throws SQLException {
        statement.setArray(first, connection.createArrayOf("text", measures.stream().map(MeasureCode::value).toArray()));
        statement.setObject(first + 1, span.start());
        statement.setObject(first + 2, span.endExclusive());
    }

    /**
     * The parts rows of one read share, each made once per read rather than once per row (a cycle reads some hundred
     * thousand rows of a few dozen measures, days, channels and currencies): measure codes, periods, a channel's
     * dimensions and currencies.
     */
    private static final class Parts {
        private final Map<String, MeasureCode> codes = new HashMap<>();
        private final Map<String, Map<LocalDate, Period>> periods = new HashMap<>();
        private final Map<String, Map<String, String>> channels = new HashMap<>();
        private final Map<String, Optional<Currency>> currencies = new HashMap<>();

        MeasureCode code(String measure) {
            return codes.computeIfAbsent(measure, MeasureCode::new);
        }

        Period period(String grain, LocalDate start) {
            return periods.computeIfAbsent(grain, key -> new HashMap<>())
                    .computeIfAbsent(start, day -> Period.of(Grain.valueOf(grain), day));
        }

        /** A value without a channel (an empty one) has no dimensions. */
        Map<String, String> channel(String channel) {
            return channels.computeIfAbsent(channel, code -> code.isEmpty() ? Map.of() : Map.of("channel", code));
        }

        /** None for a value without a currency ({@code null} or empty); the code may come padded ({@code char(3)}). */
        Optional<Currency> currency(String currency) {
            return currency == null ? Optional.empty() : currencies.computeIfAbsent(currency,
                    code -> code.isBlank() ? Optional.empty() : Optional.of(Currency.getInstance(code.strip())));
        }
    }
}

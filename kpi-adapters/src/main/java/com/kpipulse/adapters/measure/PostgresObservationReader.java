package com.kpipulse.adapters.measure;

import com.kpipulse.application.evaluation.ObservationReader;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads observations for the KPI engine from {@code observation_rollup} (the store already summed over campaigns and
 * sources, kept exact by triggers), summed per measure, period, channel and currency, keeping only the
 * source system with the best priority for each measure, period and channel ({@code measure_source_priority};
 * unlisted systems come last, ties broken by name so the choice is stable).
 */
@ApplicationScoped
public class PostgresObservationReader implements ObservationReader {

    private static final String SQL = """
            with ranked as (
                select r.measure, r.grain, r.period_start, r.channel, r.value, r.currency,
                       dense_rank() over (partition by r.measure, r.grain, r.period_start, r.channel
                                          order by coalesce(p.priority, 1000), r.source_system) as rank
                from observation_rollup r
                left join measure_source_priority p on p.measure = r.measure and p.source_system = r.source_system
                where r.measure = any (?) and r.period_start >= ? and r.period_start < ?
                  and (cardinality(?::text[]) = 0 or r.channel = any (?))
            )
            select measure, grain, period_start, channel, nullif(currency, ''), sum(value)
            from ranked where rank = 1
            group by measure, grain, period_start, channel, currency
            """;

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresObservationReader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ObservationSet read(Set<MeasureCode> measures, Period span, Set<String> channels) {
        List<Observation> observations = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            SummedRows.bindMeasuresAndSpan(connection, statement, measures, span);
            Object[] channelArray = channels.toArray();
            statement.setArray(4, connection.createArrayOf("text", channelArray));
            statement.setArray(5, connection.createArrayOf("text", channelArray));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String channel = rs.getString(4);
                    observations.add(SummedRows.observation(rs, channel.isEmpty() ? Map.of() : Map.of("channel", channel)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the values of " + measures + " for " + span, e);
        }
        return ObservationSet.of(observations);
    }
}

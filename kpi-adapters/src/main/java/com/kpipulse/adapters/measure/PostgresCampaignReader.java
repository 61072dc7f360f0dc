package com.kpipulse.adapters.measure;

import com.kpipulse.application.evaluation.CampaignReader;
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
 * Reads one channel's observations per campaign, summed per measure, period, campaign and currency in SQL. The source
 * system is ranked as in {@link PostgresObservationReader}: per measure, period and channel, not per campaign, so a
 * campaign only one lower-priority system reports does not slip in and the campaigns add up to the channel.
 */
@ApplicationScoped
public class PostgresCampaignReader implements CampaignReader {

    private static final String SQL = """
            with ranked as (
                select o.measure, o.grain, o.period_start, o.campaign, o.value, o.currency,
                       dense_rank() over (partition by o.measure, o.grain, o.period_start, o.channel
                                          order by coalesce(p.priority, 1000), o.source_system) as rank
                from observation o
                left join measure_source_priority p on p.measure = o.measure and p.source_system = o.source_system
                where o.measure = any (?) and o.period_start >= ? and o.period_start < ? and o.channel = ?
            )
            select measure, grain, period_start, campaign, currency, sum(value)
            from ranked where rank = 1
            group by measure, grain, period_start, campaign, currency
            """;

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresCampaignReader(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public ObservationSet readCampaigns(Set<MeasureCode> measures, Period span, String channel) {
        List<Observation> observations = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(SQL)) {
            SummedRows.bindMeasuresAndSpan(connection, statement, measures, span);
            statement.setString(4, channel);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    observations.add(SummedRows.observation(rs, Map.of("channel", channel, "campaign", rs.getString(4))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the campaigns of " + channel + " for " + measures + " in "
                    + span, e);
        }
        return ObservationSet.of(observations);
    }
}

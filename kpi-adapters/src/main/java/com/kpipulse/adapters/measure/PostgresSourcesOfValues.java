package com.kpipulse.adapters.measure;

import com.kpipulse.application.evaluation.SourceSummary;
import com.kpipulse.application.evaluation.SourcesOfValues;
import com.kpipulse.domain.period.Period;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Provenance of stored values: one line per measure, source system and import batch. */
@ApplicationScoped
public class PostgresSourcesOfValues implements SourcesOfValues {

    private static final String SQL = """
            select o.measure, o.source_system, count(*), b.file_name, coalesce(b.imported_by, o.recorded_by),
                   coalesce(b.imported_at, max(o.recorded_at))
            from observation o
            left join import_batch b on b.id = o.import_batch
            where o.measure = any (?) and o.period_start >= ? and o.period_start < ?
              and (cardinality(?::text[]) = 0 or o.channel = any (?))
            group by o.measure, o.source_system, b.file_name, coalesce(b.imported_by, o.recorded_by), b.imported_at
            order by o.measure, o.source_system, 6 desc
            """;

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresSourcesOfValues(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<SourceSummary> of(Set<String> measures, Period span, Set<String> channels) {
        List<SourceSummary> sources = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(SQL)) {
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
}

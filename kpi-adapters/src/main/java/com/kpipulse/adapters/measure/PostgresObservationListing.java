package com.kpipulse.adapters.measure;

import com.kpipulse.application.evaluation.ObservationListing;
import com.kpipulse.application.evaluation.StoredObservation;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

/** Streams stored values with a server-side cursor (fetch size), so an export never holds the whole result. */
@ApplicationScoped
public class PostgresObservationListing implements ObservationListing {

    private static final String SQL = """
            select source_system, measure, grain, period_start, channel, campaign, source, value, currency
            from observation
            where period_start between ? and ?
              and (cardinality(?::text[]) = 0 or measure = any (?))
              and (cardinality(?::text[]) = 0 or channel = any (?))
            order by measure, grain, period_start, channel, campaign, source, source_system
            """;

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresObservationListing(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void forEach(Set<String> measures, LocalDate from, LocalDate to, Set<String> channels,
                        Consumer<StoredObservation> action) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // a cursor needs a transaction
            try (PreparedStatement statement = connection.prepareStatement(SQL)) {
                statement.setFetchSize(5_000);
                statement.setObject(1, from);
                statement.setObject(2, to);
                Object[] measureArray = measures.toArray();
                Object[] channelArray = channels.toArray();
                statement.setArray(3, connection.createArrayOf("text", measureArray));
                statement.setArray(4, connection.createArrayOf("text", measureArray));
                statement.setArray(5, connection.createArrayOf("text", channelArray));
                statement.setArray(6, connection.createArrayOf("text", channelArray));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        String currency = rs.getString(9);
                        action.accept(new StoredObservation(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getBigDecimal(8).stripTrailingZeros(), currency == null ? null : currency.strip()));
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the stored values from " + from + " to " + to, e);
        }
    }
}

package com.kpipulse.adapters.measure;

import com.kpipulse.application.importing.ObservationRow;
import com.kpipulse.application.importing.StoredValues;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Looks a value up by its natural key. */
@ApplicationScoped
public class PostgresStoredValues implements StoredValues {

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresStoredValues(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<BigDecimal> valueOf(String sourceSystem, ObservationRow row) {
        String sql = "select value from observation where source_system = ? and measure = ? and grain = ?"
                + " and period_start = ? and channel = ? and campaign = ? and source = ?";
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, sourceSystem);
            statement.setString(2, row.measure());
            statement.setString(3, row.grain().name());
            statement.setObject(4, row.periodStart());
            statement.setString(5, row.channel() == null ? "" : row.channel());
            statement.setString(6, row.campaign() == null ? "" : row.campaign());
            statement.setString(7, row.source() == null ? "" : row.source());
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() ? Optional.of(rs.getBigDecimal(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the stored value of " + row.measure(), e);
        }
    }
}

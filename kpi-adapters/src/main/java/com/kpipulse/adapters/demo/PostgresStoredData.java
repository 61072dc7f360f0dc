package com.kpipulse.adapters.demo;

import com.kpipulse.application.demo.StoredData;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** {@link StoredData} on PostgreSQL: the store is empty when the observation table has no row. */
@ApplicationScoped
public class PostgresStoredData implements StoredData {

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresStoredData(AgroalDataSource dataSource) {
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
}

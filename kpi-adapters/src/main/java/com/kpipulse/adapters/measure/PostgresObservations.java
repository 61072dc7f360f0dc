package com.kpipulse.adapters.measure;

import com.kpipulse.application.importing.Observations;
import com.kpipulse.application.importing.StagedObservations;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The observation store on PostgreSQL. Imports stream into a temporary staging table with {@code COPY} and reach
 * {@code observation} in one {@code INSERT … ON CONFLICT} when the use case commits; the staging table disappears
 * with the transaction either way. Plain JDBC on purpose: bulk loading is what JPA does worst (ADR 5).
 */
@ApplicationScoped
public class PostgresObservations implements Observations {

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresObservations(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public StagedObservations stage(UUID batch, String sourceSystem) {
        try {
            Connection connection = dataSource.getConnection();
            return new CopyStaging(connection, batch, sourceSystem);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the staging area for import " + batch, e);
        }
    }
}

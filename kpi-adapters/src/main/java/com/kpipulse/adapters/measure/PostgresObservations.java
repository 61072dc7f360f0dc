package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.DirectLoad;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.StagedObservations;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The observation store on PostgreSQL (ADR 9): series plus narrow value rows. A file of new keys streams straight
 * into {@code observation_value} with {@code COPY} ({@link PostgresDirectLoad}); any other file streams into a
 * temporary staging table and reaches the store by key when the use case commits ({@link CopyStaging}). Plain JDBC
 * on purpose: bulk loading is what JPA does worst (ADR 5).
 */
@ApplicationScoped
public class PostgresObservations implements Observations {

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresObservations(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public StagedObservations stage(UUID batch, String sourceSystem, String recordedBy) {
        try {
            Connection connection = dataSource.getConnection();
            return new CopyStaging(connection, batch, sourceSystem, recordedBy);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open the staging area for import " + batch, e);
        }
    }

    @Override
    public DirectLoad loadDirectly(UUID batch, String sourceSystem, String recordedBy) {
        try {
            return new PostgresDirectLoad(dataSource.getConnection(), batch, sourceSystem, recordedBy);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not start loading import " + batch, e);
        }
    }
}

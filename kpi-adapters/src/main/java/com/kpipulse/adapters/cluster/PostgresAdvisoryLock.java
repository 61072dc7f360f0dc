package com.kpipulse.adapters.cluster;

import com.kpipulse.application.cluster.RunOnce;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link RunOnce} with a PostgreSQL session-level advisory lock ({@code pg_try_advisory_lock}) held on its own
 * connection for as long as the work runs. If a replica dies, its connection closes and the lock is released.
 */
@ApplicationScoped
public class PostgresAdvisoryLock implements RunOnce {

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresAdvisoryLock(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> Optional<T> exclusively(String name, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "select pg_try_advisory_lock(hashtext(?))", name)) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(work.get());
            } finally {
                call(connection, "select pg_advisory_unlock(hashtext(?))", name);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take the lock «" + name + "» in PostgreSQL", e);
        }
    }

    private static boolean call(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}

package com.kpipulse.adapters.scorecard;

import com.kpipulse.application.scorecard.ScorecardLayouts;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.scorecard.Role;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Scorecard compositions in {@code scorecard_layout} (one row per role and position) with their version in
 * {@code scorecard_layout_version} (no row: version 0, the role's default). A save first claims the next version in
 * one statement that checks the expected one and locks the role's version row; only then are the role's rows
 * replaced, so two saves of one role never interleave their deletes and inserts.
 */
@ApplicationScoped
public class PostgresScorecardLayouts implements ScorecardLayouts {

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresScorecardLayouts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The version and the rows in one statement, so they always belong together. */
    @Override
    public Versioned<List<String>> of(Role role) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     select v.version, l.kpi
                     from (select coalesce((select version from scorecard_layout_version where role = ?), 0) as version) v
                     left join scorecard_layout l on l.role = ?
                     order by l.position""")) {
            statement.setString(1, role.claim());
            statement.setString(2, role.claim());
            long version = 0;
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    version = rs.getLong(1);
                    if (rs.getString(2) != null) {
                        codes.add(rs.getString(2));
                    }
                }
            }
            return new Versioned<>(List.copyOf(codes), version);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the scorecard of " + role.claim(), e);
        }
    }

    @Override
    public VersionedWrite save(Role role, List<String> kpiCodes, ExpectedVersion expected) {
        String claim = switch (expected) {
            case ExpectedVersion.Any any -> "insert into scorecard_layout_version (role, version) values (?, 1)"
                    + " on conflict (role) do update set version = scorecard_layout_version.version + 1 returning version";
            case ExpectedVersion.Exactly exactly when exactly.version() == 0 ->
                    "insert into scorecard_layout_version (role, version) values (?, 1) on conflict (role) do nothing"
                            + " returning version";
            case ExpectedVersion.Exactly exactly -> "update scorecard_layout_version set version = version + 1"
                    + " where role = ? and version = ? returning version";
        };
        try (Connection connection = dataSource.getConnection();
             PreparedStatement next = connection.prepareStatement(claim)) {
            next.setString(1, role.claim());
            if (expected instanceof ExpectedVersion.Exactly exactly && exactly.version() > 0) {
                next.setLong(2, exactly.version());
            }
            long version;
            try (ResultSet rs = next.executeQuery()) {
                if (!rs.next()) {
                    return new VersionedWrite.Stale(versionOf(connection, role));
                }
                version = rs.getLong(1);
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from scorecard_layout where role = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into scorecard_layout (role, position, kpi) values (?, ?, ?)")) {
                delete.setString(1, role.claim());
                delete.executeUpdate();
                for (int i = 0; i < kpiCodes.size(); i++) {
                    insert.setString(1, role.claim());
                    insert.setInt(2, i);
                    insert.setString(3, kpiCodes.get(i));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return new VersionedWrite.Written(version);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the scorecard of " + role.claim(), e);
        }
    }

    private static long versionOf(Connection connection, Role role) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select version from scorecard_layout_version where role = ?")) {
            select.setString(1, role.claim());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}

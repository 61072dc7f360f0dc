package com.kpipulse.adapters.scorecard;

import com.kpipulse.application.scorecard.ScorecardLayouts;
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
import java.util.Optional;

/** Scorecard compositions in {@code scorecard_layout}: one row per role and position. */
@ApplicationScoped
public class PostgresScorecardLayouts implements ScorecardLayouts {

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresScorecardLayouts(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<List<String>> of(Role role) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(
                     "select kpi from scorecard_layout where role = ? order by position")) {
            statement.setString(1, role.claim());
            List<String> codes = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
            return codes.isEmpty() ? Optional.empty() : Optional.of(codes);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the scorecard of " + role.claim(), e);
        }
    }

    @Override
    public void save(Role role, List<String> kpiCodes) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement delete = connection.prepareStatement("delete from scorecard_layout where role = ?");
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
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the scorecard of " + role.claim(), e);
        }
    }
}

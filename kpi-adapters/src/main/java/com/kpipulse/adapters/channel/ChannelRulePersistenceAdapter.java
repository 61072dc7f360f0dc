package com.kpipulse.adapters.channel;

import com.kpipulse.application.importing.ChannelRules;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.channel.ChannelMapping;
import com.kpipulse.domain.channel.ChannelRule;
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
 * The channel mapping: its rules in {@code channel_rule}, read at each import so edits apply at once, and its
 * version in the single row of {@code channel_mapping}. A replacement first raises that version in one statement
 * ({@code … where version = ?} when the writer names the version it read), which locks the row: of two writers that
 * read the same version one is stale, and replacements that expect any version delete and insert the rules one after
 * the other instead of colliding on the unique source patterns.
 */
@ApplicationScoped
public class ChannelRulePersistenceAdapter implements ChannelRules {

    private final AgroalDataSource dataSource;

    @Inject
    public ChannelRulePersistenceAdapter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rules and the version in one statement, so they always belong together. */
    @Override
    public Versioned<ChannelMapping> versioned() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select m.version, r.source_pattern, r.channel"
                     + " from channel_mapping m left join channel_rule r on true order by r.id");
             ResultSet rs = select.executeQuery()) {
            long version = 0;
            List<ChannelRule> rules = new ArrayList<>();
            while (rs.next()) {
                version = rs.getLong(1);
                if (rs.getString(2) != null) {
                    rules.add(new ChannelRule(rs.getString(2), rs.getString(3)));
                }
            }
            return new Versioned<>(new ChannelMapping(rules), version);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the channel mapping", e);
        }
    }

    @Override
    public VersionedWrite replace(List<ChannelRule> rules, ExpectedVersion expected) {
        String condition = expected instanceof ExpectedVersion.Exactly ? " where version = ?" : "";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement raise = connection.prepareStatement(
                     "update channel_mapping set version = version + 1" + condition + " returning version")) {
            if (expected instanceof ExpectedVersion.Exactly exactly) {
                raise.setLong(1, exactly.version());
            }
            long version;
            try (ResultSet rs = raise.executeQuery()) {
                if (!rs.next()) {
                    return stale(connection);
                }
                version = rs.getLong(1);
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from channel_rule");
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into channel_rule (source_pattern, channel) values (?, ?)")) {
                delete.executeUpdate();
                for (ChannelRule rule : rules) {
                    insert.setString(1, rule.sourcePattern());
                    insert.setString(2, rule.channel());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return new VersionedWrite.Written(version);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not replace the channel mapping", e);
        }
    }

    private static VersionedWrite stale(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select version from channel_mapping");
             ResultSet rs = select.executeQuery()) {
            return rs.next() ? new VersionedWrite.Stale(rs.getLong(1)) : new VersionedWrite.Missing();
        }
    }
}

package com.kpipulse.web.support;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Channels only tests use, so their values never mix with anybody else's. A value's channel must be one of the
 * catalog or one an admin's mapping names; these are made known the way an admin would, with a mapping rule
 * ({@code <channel> (test)} → channel). Idempotent.
 */
public final class TestChannels {

    private TestChannels() {
    }

    public static void register(DataSource dataSource, String... channels) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement rule = connection.prepareStatement("insert into channel_rule (source_pattern, channel)"
                     + " values (?, ?) on conflict (source_pattern) do nothing")) {
            for (String channel : channels) {
                rule.setString(1, channel + " (test)");
                rule.setString(2, channel);
                rule.addBatch();
            }
            rule.executeBatch();
        }
    }
}

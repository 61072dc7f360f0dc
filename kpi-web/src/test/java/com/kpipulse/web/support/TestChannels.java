package com.kpipulse.web.support;

import com.kpipulse.application.channel.ChannelCatalogs;
import io.quarkus.arc.Arc;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Channels only tests use, so their values never mix with anybody else's. A value's channel must be one of the
 * channel catalog: these join it (named by their code, at its end) and get a mapping rule ({@code <channel> (test)} →
 * channel), as an admin would add them; the catalog this application keeps in memory is told at once. Idempotent.
 */
public final class TestChannels {

    private TestChannels() {
    }

    public static void register(DataSource dataSource, String... channels) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement channel = connection.prepareStatement("insert into channel"
                     + " (code, name_ru, name_en, paid, social, position) values (?, ?, ?, false, false, 1000)"
                     + " on conflict (code) do nothing");
             PreparedStatement rule = connection.prepareStatement("insert into channel_rule (source_pattern, channel)"
                     + " values (?, ?) on conflict (source_pattern) do nothing")) {
            for (String code : channels) {
                channel.setString(1, code);
                channel.setString(2, code);
                channel.setString(3, code);
                channel.addBatch();
                rule.setString(1, code + " (test)");
                rule.setString(2, code);
                rule.addBatch();
            }
            channel.executeBatch();
            rule.executeBatch();
        }
        Arc.container().instance(ChannelCatalogs.class).get().changedHere();
    }
}

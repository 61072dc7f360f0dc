package com.kpipulse.adapters.channel;

import com.kpipulse.application.channel.Channels;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The channel catalog: its channels in {@code channel} (in {@code position} order) and its version in the single row
 * of {@code channel_catalog}. A replacement first raises that version in one statement ({@code … where version = ?}
 * when the writer names the version it read), which locks the row, so replacements follow each other; then removes
 * the channels no longer listed (the foreign key of {@code channel_rule} refuses one a rule still names) and writes
 * the others.
 */
@ApplicationScoped
public class PostgresChannels implements Channels {

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresChannels(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The channels and the version in one statement, so they always belong together. */
    @Override
    public Versioned<ChannelCatalog> versioned() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("select k.version, c.code, c.name_ru, c.name_en,"
                     + " c.paid, c.social from channel_catalog k left join channel c on true order by c.position, c.code");
             ResultSet rs = select.executeQuery()) {
            long version = 0;
            List<Channel> channels = new ArrayList<>();
            while (rs.next()) {
                version = rs.getLong(1);
                if (rs.getString(2) != null) {
                    channels.add(new Channel(rs.getString(2), LocalizedText.of(rs.getString(3), rs.getString(4)),
                            rs.getBoolean(5), rs.getBoolean(6)));
                }
            }
            return new Versioned<>(new ChannelCatalog(channels), version);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the channel catalog", e);
        }
    }

    @Override
    public VersionedWrite replace(ChannelCatalog catalog, ExpectedVersion expected) {
        String condition = expected instanceof ExpectedVersion.Exactly ? " where version = ?" : "";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement raise = connection.prepareStatement(
                     "update channel_catalog set version = version + 1" + condition + " returning version")) {
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
            try (PreparedStatement remove = connection.prepareStatement("delete from channel where code <> all (?)");
                 PreparedStatement write = connection.prepareStatement("insert into channel"
                         + " (code, name_ru, name_en, paid, social, position) values (?, ?, ?, ?, ?, ?)"
                         + " on conflict (code) do update set name_ru = excluded.name_ru, name_en = excluded.name_en,"
                         + " paid = excluded.paid, social = excluded.social, position = excluded.position")) {
                Array codes = connection.createArrayOf("text", catalog.codes().toArray());
                remove.setArray(1, codes);
                remove.executeUpdate();
                int position = 0;
                for (Channel channel : catalog.all()) {
                    write.setString(1, channel.code());
                    write.setString(2, channel.name().ru());
                    write.setString(3, channel.name().en());
                    write.setBoolean(4, channel.paid());
                    write.setBoolean(5, channel.social());
                    write.setInt(6, ++position);
                    write.addBatch();
                }
                write.executeBatch();
            }
            return new VersionedWrite.Written(version);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not replace the channel catalog", e);
        }
    }

    @Override
    public Set<String> withValues(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     // a series keeps its row when its values are deleted; its months are cleared with them
                     "select distinct s.channel from observation_series s where s.channel = any (?)"
                             + " and exists (select 1 from observation_month m where m.series_id = s.id)")) {
            select.setArray(1, connection.createArrayOf("text", codes.toArray()));
            Set<String> found = new HashSet<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look for values of channels", e);
        }
    }

    private static VersionedWrite stale(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select version from channel_catalog");
             ResultSet rs = select.executeQuery()) {
            return rs.next() ? new VersionedWrite.Stale(rs.getLong(1)) : new VersionedWrite.Missing();
        }
    }
}

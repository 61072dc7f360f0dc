package com.kpipulse.adapters.measure;

import com.kpipulse.application.importing.ObservationRow;
import com.kpipulse.application.importing.RowProblem;
import com.kpipulse.application.importing.StagedObservations;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One import's staging area: a temporary table filled by {@code COPY … FROM STDIN}, dropped at transaction end. */
final class CopyStaging implements StagedObservations {

    private static final int BUFFER_BYTES = 1 << 16;
    private static final String KEY = "measure, grain, period_start, channel, campaign, source";

    private final Connection connection;
    private final UUID batch;
    private final String sourceSystem;
    private final StringBuilder buffer = new StringBuilder(BUFFER_BYTES + 512);
    private CopyIn copy;

    CopyStaging(Connection connection, UUID batch, String sourceSystem) throws SQLException {
        this.connection = connection;
        this.batch = batch;
        this.sourceSystem = sourceSystem;
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table if not exists import_staging (line bigint not null, measure text not null,"
                    + " grain text not null, period_start date not null, channel text not null, campaign text not null,"
                    + " source text not null, value numeric not null, currency text) on commit drop");
            statement.execute("truncate import_staging");
        }
    }

    @Override
    public void add(ObservationRow row) {
        buffer.append(row.line()).append('\t');
        text(row.measure());
        text(row.grain().name());
        buffer.append(row.periodStart()).append('\t');
        text(row.channel());
        text(row.campaign());
        text(row.source());
        buffer.append(row.value().toPlainString()).append('\t');
        if (row.currency() == null) {
            buffer.append("\\N");
        } else {
            escaped(row.currency());
        }
        buffer.append('\n');
        if (buffer.length() >= BUFFER_BYTES) {
            flush();
        }
    }

    @Override
    public List<RowProblem> contradictions(int limit) {
        endCopy();
        String sql = "select " + KEY + ", min(line), max(line), count(distinct (value, currency)) from import_staging"
                + " group by " + KEY + " having count(distinct (value, currency)) > 1 order by min(line) limit ?";
        List<RowProblem> problems = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    problems.add(new RowProblem(rs.getLong(8), null, "line " + rs.getLong(8) + " contradicts line "
                            + rs.getLong(7) + ": " + rs.getString(1) + " for " + rs.getString(2).toLowerCase() + " "
                            + rs.getDate(3) + describe(rs.getString(4), rs.getString(5), rs.getString(6))
                            + " has " + rs.getLong(9) + " different values; keep one row per period and dimensions"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check import " + batch + " for contradicting rows", e);
        }
        return problems;
    }

    @Override
    public long commit() {
        endCopy();
        String sql = "insert into observation (" + KEY + ", source_system, value, currency, import_batch, recorded_at)"
                + " select distinct on (" + KEY + ") " + KEY + ", ?, value, currency, ?, now()"
                + " from import_staging order by " + KEY + ", line"
                + " on conflict on constraint observation_natural_key do update"
                + " set value = excluded.value, currency = excluded.currency, import_batch = excluded.import_batch,"
                + " recorded_at = excluded.recorded_at"
                + " where (observation.value, observation.currency) is distinct from (excluded.value, excluded.currency)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, sourceSystem);
            statement.setObject(2, batch);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the values of import " + batch, e);
        }
    }

    @Override
    public void close() {
        try {
            if (copy != null && copy.isActive()) {
                copy.cancelCopy();
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not close the staging area of import " + batch, e);
        }
    }

    private void text(String value) {
        if (value != null) {
            escaped(value);
        }
        buffer.append('\t');
    }

    private void escaped(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() {
        try {
            if (copy == null) {
                copy = connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy import_staging (line, " + KEY
                                + ", value, currency) from stdin");
            }
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not stage the values of import " + batch, e);
        }
    }

    private void endCopy() {
        try {
            if (!buffer.isEmpty()) {
                flush();
            }
            if (copy != null && copy.isActive()) {
                copy.endCopy();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not finish staging import " + batch, e);
        }
    }

    private static String describe(String channel, String campaign, String source) {
        StringBuilder text = new StringBuilder();
        if (!channel.isEmpty()) {
            text.append(", channel ").append(channel);
        }
        if (!campaign.isEmpty()) {
            text.append(", campaign «").append(campaign).append('»');
        }
        if (!source.isEmpty()) {
            text.append(", source «").append(source).append('»');
        }
        return text.toString();
    }
}

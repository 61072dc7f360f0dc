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
    private boolean collapsed;

    CopyStaging(Connection connection, UUID batch, String sourceSystem) throws SQLException {
        this.connection = connection;
        this.batch = batch;
        this.sourceSystem = sourceSystem;
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table if not exists import_staging (line bigint not null,"
                    + " measure text collate \"C\" not null, grain text collate \"C\" not null, period_start date not null,"
                    + " channel text collate \"C\" not null, campaign text collate \"C\" not null,"
                    + " source text collate \"C\" not null, value numeric not null, currency text) on commit drop");
            statement.execute("truncate import_staging");
            // sorts and hash aggregates of a big file stay in memory instead of spilling to disk
            statement.execute("set local work_mem = '256MB'");
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
        collapse();
        String sql = "select " + KEY + ", first_line, last_line, value, max_value from import_unique"
                + " where value <> max_value or currency is distinct from max_currency order by first_line limit ?";
        List<RowProblem> problems = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    problems.add(new RowProblem(rs.getLong(8), null, "line " + rs.getLong(8) + " contradicts line "
                            + rs.getLong(7) + ": " + rs.getString(1) + " for " + rs.getString(2).toLowerCase() + " "
                            + rs.getDate(3) + describe(rs.getString(4), rs.getString(5), rs.getString(6))
                            + " has different values (" + rs.getBigDecimal(9).toPlainString() + " … "
                            + rs.getBigDecimal(10).toPlainString() + "); keep one row per period and dimensions"));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check import " + batch + " for contradicting rows", e);
        }
        return problems;
    }

    /**
     * One row per natural key, in one hash aggregate over the staged rows: the lowest and highest value of each key
     * tell contradictions apart from harmless repeats, and the insert needs each key once.
     */
    private void collapse() {
        endCopy();
        if (collapsed) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists import_unique");
            statement.execute("create temp table import_unique on commit drop as select " + KEY
                    + ", min(line) as first_line, max(line) as last_line, min(value) as value, max(value) as max_value,"
                    + " min(currency) as currency, max(currency) as max_currency"
                    + " from import_staging group by " + KEY);
            collapsed = true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not collapse the staged values of import " + batch, e);
        }
    }

    /**
     * Imports of one source system are serialised by a transaction-scoped advisory lock, so the plain update and
     * insert below never race with another import of the same keys; that is cheaper than {@code ON CONFLICT}'s
     * speculative insertion for big files.
     */
    @Override
    public long commit() {
        collapse();
        String match = " o.source_system = ? and o.measure = u.measure and o.grain = u.grain"
                + " and o.period_start = u.period_start and o.channel = u.channel and o.campaign = u.campaign"
                + " and o.source = u.source";
        String update = "update observation o set value = u.value, currency = u.currency, import_batch = ?,"
                + " recorded_at = now() from import_unique u where" + match
                + " and (o.value, o.currency) is distinct from (u.value, u.currency)";
        String insert = "insert into observation (" + KEY + ", source_system, value, currency, import_batch, recorded_at)"
                + " select " + KEY + ", ?, value, currency, ?, now() from import_unique u"
                + " where not exists (select 1 from observation o where" + match + ") order by " + KEY;
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))");
             PreparedStatement updating = connection.prepareStatement(update);
             PreparedStatement inserting = connection.prepareStatement(insert)) {
            lock.setString(1, "import:" + sourceSystem);
            lock.execute();
            updating.setObject(1, batch);
            updating.setString(2, sourceSystem);
            long changed = updating.executeUpdate();
            inserting.setString(1, sourceSystem);
            inserting.setObject(2, batch);
            inserting.setString(3, sourceSystem);
            return changed + inserting.executeUpdate();
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

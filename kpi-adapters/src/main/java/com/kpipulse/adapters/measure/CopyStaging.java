package com.kpipulse.adapters.measure;

import com.kpipulse.application.measure.Contradiction;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Replacement;
import com.kpipulse.application.measure.StagedObservations;
import com.kpipulse.application.measure.Written;
import com.kpipulse.domain.period.Grain;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One import's staging area, the merge path of ADR 9: a temporary table filled by {@code COPY … FROM STDIN} (series
 * id, period, value per line), dropped at transaction end. It takes what a direct load cannot: values typed in, dry
 * runs, files that repeat a key or bring keys the store holds, which it lists as contradictions or replaces by key.
 */
final class CopyStaging implements StagedObservations {

    private static final int BUFFER_BYTES = 1 << 16;

    private final Connection connection;
    private final UUID batch;
    private final String sourceSystem;
    private final String recordedBy;
    private final SeriesRegistry series;
    private final StringBuilder buffer = new StringBuilder(BUFFER_BYTES + 512);
    private CopyIn copy;
    private boolean collapsed;

    CopyStaging(Connection connection, UUID batch, String sourceSystem, String recordedBy) throws SQLException {
        this.connection = connection;
        this.batch = batch;
        this.sourceSystem = sourceSystem;
        this.recordedBy = recordedBy;
        this.series = new SeriesRegistry(sourceSystem);
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table if not exists import_staging (line bigint not null,"
                    + " series_id bigint not null, period_start date not null, value numeric not null, currency text)"
                    + " on commit drop");
            statement.execute("truncate import_staging");
            // sorts and hash aggregates of a big file stay in memory instead of spilling to disk
            statement.execute("set local work_mem = '256MB'");
        }
    }

    @Override
    public void add(ObservationRow row) {
        buffer.append(row.line()).append('\t');
        buffer.append(series.of(row).id()).append('\t');
        buffer.append(row.periodStart()).append('\t');
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
    public List<Contradiction> contradictions(int limit) {
        collapse();
        String sql = "select series_id, period_start, first_line, last_line, value, max_value from import_unique"
                + " where value <> max_value or currency is distinct from max_currency order by first_line limit ?";
        List<Contradiction> contradictions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, limit);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    SeriesRegistry.Series named = series.byId(rs.getLong(1));
                    contradictions.add(new Contradiction(rs.getLong(3), rs.getLong(4), named.measure(),
                            rs.getObject(2, LocalDate.class), Grain.valueOf(named.grain()), named.channel(),
                            named.campaign(), named.source(), rs.getBigDecimal(5), rs.getBigDecimal(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check import " + batch + " for contradicting rows", e);
        }
        return contradictions;
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
            statement.execute("create temp table import_unique on commit drop as select series_id, period_start,"
                    + " min(line) as first_line, max(line) as last_line, min(value) as value, max(value) as max_value,"
                    + " min(currency) as currency, max(currency) as max_currency"
                    + " from import_staging group by series_id, period_start");
            collapsed = true;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not collapse the staged values of import " + batch, e);
        }
    }

    /**
     * Imports of one source system are serialised by a transaction-scoped advisory lock, so the changes found below
     * cannot race with another import of the same keys. A value whose key is stored is updated (the update trigger
     * corrects the rollup); a new key is inserted and its sums, day marks and reach are added. A file that changes
     * nothing writes nothing, not even a load.
     */
    @Override
    public Written commit() {
        collapse();
        String changes = "create temp table import_change on commit drop as"
                + " select u.series_id, u.period_start, u.value, u.currency, v.ctid as stored"
                + " from import_unique u left join observation_value v on v.series_id = u.series_id"
                + " and v.period_start = u.period_start"
                + " and v.period_start between (select min(period_start) from import_unique)"
                + " and (select max(period_start) from import_unique)"
                + " where v.ctid is null or (v.value, v.currency::text) is distinct from (u.value, u.currency)";
        String update = "update observation_value v set value = c.value, currency = c.currency, load_id = ?"
                + " from import_change c where c.stored is not null and v.ctid = c.stored";
        String insert = "insert into observation_value (period_start, series_id, value, currency, load_id)"
                + " select period_start, series_id, value, currency, ? from import_change where stored is null"
                + " order by period_start, series_id";
        String added = "select observation_values_added(array_agg(series_id), array_agg(period_start), array_agg(value),"
                + " array_agg(currency)) from import_change where stored is null";
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))");
             Statement statement = connection.createStatement();
             PreparedStatement loading = connection.prepareStatement(
                     "insert into observation_load (import_batch, recorded_by) values (?, ?) returning id");
             PreparedStatement updating = connection.prepareStatement(update);
             PreparedStatement inserting = connection.prepareStatement(insert)) {
            lock.setString(1, lockName(sourceSystem));
            lock.execute();
            series.store(connection);
            statement.execute("drop table if exists import_change");
            statement.execute(changes);
            long keys;
            try (ResultSet rs = statement.executeQuery("select (select count(*) from import_unique),"
                    + " exists (select 1 from import_change)")) {
                rs.next();
                keys = rs.getLong(1);
                if (!rs.getBoolean(2)) {
                    return new Written(0, 0, keys);
                }
            }
            loading.setObject(1, batch);
            loading.setString(2, recordedBy);
            long load;
            try (ResultSet rs = loading.executeQuery()) {
                rs.next();
                load = rs.getLong(1);
            }
            updating.setLong(1, load);
            long changed = updating.executeUpdate();
            inserting.setLong(1, load);
            long inserted = inserting.executeUpdate();
            if (inserted > 0) {
                statement.execute(added);
            }
            return new Written(inserted, changed, keys - changed - inserted);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the values of import " + batch, e);
        }
    }

    /** The advisory lock that serialises the writers of one source system's values. */
    static String lockName(String sourceSystem) {
        return "import:" + sourceSystem;
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
                        .copyIn("copy import_staging (line, series_id, period_start, value, currency) from stdin");
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

    /**
     * Keys of the staged values that the store holds with another value or currency: what a commit would change
     * rather than add. The same join as {@link #commit()} makes, counted instead of written.
     */
    @Override
    public Optional<Replacement> replacement() {
        collapse();
        String sql = "select count(*), min(u.period_start), max(u.period_start) from import_unique u"
                + " join observation_value v on v.series_id = u.series_id and v.period_start = u.period_start"
                + " and v.period_start between (select min(period_start) from import_unique)"
                + " and (select max(period_start) from import_unique)"
                + " where (v.value, v.currency::text) is distinct from (u.value, u.currency)";
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            long values = rs.getLong(1);
            return values == 0 ? Optional.empty() : Optional.of(new Replacement(values,
                    rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the values import " + batch + " would replace", e);
        }
    }
}

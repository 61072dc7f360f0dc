package com.kpipulse.adapters.analysis;

import com.kpipulse.application.analysis.Acknowledgement;
import com.kpipulse.application.analysis.AnomalyAcknowledgements;
import com.kpipulse.application.analysis.AnomalyId;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Acknowledged anomalies in {@code anomaly_acknowledgement} (V21), one row per anomaly id. Replacing one locks its row
 * first, so the acknowledgement it answers as replaced is the one it overwrote.
 */
@ApplicationScoped
public class PostgresAnomalyAcknowledgements implements AnomalyAcknowledgements {

    private static final String COLUMNS = "anomaly_id, acknowledged_by, acknowledged_at, note";
    private static final String FIND = "select " + COLUMNS + " from anomaly_acknowledgement where anomaly_id = ?";
    private static final String LOCK = FIND + " for update";
    private static final String WRITE = """
            insert into anomaly_acknowledgement (anomaly_id, day, acknowledged_by, acknowledged_at, note)
            values (?, ?, ?, ?, ?)
            on conflict (anomaly_id) do update set acknowledged_by = excluded.acknowledged_by,
                acknowledged_at = excluded.acknowledged_at, note = excluded.note
            """;
    private static final String BETWEEN = "select " + COLUMNS
            + " from anomaly_acknowledgement where day between ? and ? order by day, anomaly_id";

    private final AgroalDataSource dataSource;

    @Inject
    public PostgresAnomalyAcknowledgements(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Acknowledgement> acknowledge(Acknowledgement acknowledgement) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement(LOCK);
             PreparedStatement write = connection.prepareStatement(WRITE)) {
            lock.setString(1, acknowledgement.anomaly().toString());
            Optional<Acknowledgement> before = first(lock);
            write.setString(1, acknowledgement.anomaly().toString());
            write.setDate(2, Date.valueOf(acknowledgement.anomaly().day()));
            write.setString(3, acknowledgement.by());
            write.setTimestamp(4, Timestamp.from(acknowledgement.at()));
            write.setString(5, acknowledgement.note());
            write.executeUpdate();
            return before;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not acknowledge anomaly " + acknowledgement.anomaly(), e);
        }
    }

    @Override
    public Optional<Acknowledgement> find(AnomalyId anomaly) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, anomaly.toString());
            return first(find);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the acknowledgement of anomaly " + anomaly, e);
        }
    }

    @Override
    public List<Acknowledgement> between(LocalDate from, LocalDate to) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement between = connection.prepareStatement(BETWEEN)) {
            between.setDate(1, Date.valueOf(from));
            between.setDate(2, Date.valueOf(to));
            List<Acknowledgement> found = new ArrayList<>();
            try (ResultSet rows = between.executeQuery()) {
                while (rows.next()) {
                    acknowledgement(rows).ifPresent(found::add);
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the acknowledged anomalies of " + from + ".." + to, e);
        }
    }

    private static Optional<Acknowledgement> first(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? acknowledgement(rows) : Optional.empty();
        }
    }

    /** A row whose id this version cannot read (written by a later one) is left out rather than guessed at. */
    private static Optional<Acknowledgement> acknowledgement(ResultSet row) throws SQLException {
        return AnomalyId.parse(row.getString("anomaly_id")).map(id -> {
            try {
                return new Acknowledgement(id, row.getString("acknowledged_by"),
                        row.getTimestamp("acknowledged_at").toInstant(), row.getString("note"));
            } catch (SQLException e) {
                throw new IllegalStateException("Could not read anomaly acknowledgement " + id, e);
            }
        });
    }
}

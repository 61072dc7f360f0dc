package com.kpipulse.adapters.importing.batch;

import com.kpipulse.application.importing.ImportProgress;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ImportProgress} in the unlogged table {@code import_progress} (V30). Each report is a transaction of its own
 * ({@code REQUIRES_NEW}: the import's own transaction is suspended meanwhile), so every replica reads it at once.
 */
@ApplicationScoped
public class PostgresImportProgress implements ImportProgress {

    private final AgroalDataSource dataSource;

    public PostgresImportProgress(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void checked(UUID upload, String person, long rows) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement("insert into import_progress"
                     + " (upload_id, person, rows_checked) values (?, ?, ?) on conflict (upload_id, person)"
                     + " do update set rows_checked = excluded.rows_checked, updated_at = now()"
                     + " returning (xmax = 0) as inserted");
             PreparedStatement old = connection.prepareStatement(
                     "delete from import_progress where updated_at < now() - interval '1 day'")) {
            upsert.setObject(1, upload);
            upsert.setString(2, person);
            upsert.setLong(3, rows);
            boolean first;
            try (ResultSet row = upsert.executeQuery()) {
                first = row.next() && row.getBoolean(1);
            }
            if (first) {
                // an upload's first report clears what the uploads of yesterday and before left
                old.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not report the progress of upload " + upload, e);
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Long> checkedSoFar(UUID upload, String person) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement read = connection.prepareStatement(
                     "select rows_checked from import_progress where upload_id = ? and person = ?")) {
            read.setObject(1, upload);
            read.setString(2, person);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the progress of upload " + upload, e);
        }
    }
}

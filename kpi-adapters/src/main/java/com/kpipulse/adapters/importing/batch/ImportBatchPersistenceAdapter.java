package com.kpipulse.adapters.importing.batch;

import com.kpipulse.application.importing.ImportBatches;
import com.kpipulse.application.importing.ImportContent;
import com.kpipulse.application.importing.ImportReport;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Import history in PostgreSQL; the raw bytes stream into a large object (never whole in memory). */
@ApplicationScoped
public class ImportBatchPersistenceAdapter implements ImportBatches {

    private static final int RAW_CHUNK_BYTES = 1 << 20;

    private final ImportBatchPanacheRepository repository;
    private final AgroalDataSource dataSource;

    @Inject
    public ImportBatchPersistenceAdapter(ImportBatchPanacheRepository repository, AgroalDataSource dataSource) {
        this.repository = repository;
        this.dataSource = dataSource;
    }

    @Override
    public void record(ImportReport report, String sourceSystem, ImportContent raw) {
        repository.persist(ImportBatchMapper.toEntity(report, sourceSystem));
        repository.flush();
        keepRaw(report.id(), raw);
    }

    @Override
    public Optional<ImportReport> find(UUID id) {
        return repository.findByIdOptional(id).map(ImportBatchMapper::toReport);
    }

    @Override
    public List<ImportReport> latest(int limit) {
        return repository.latest(limit).stream().map(ImportBatchMapper::toReport).toList();
    }

    /**
     * Writes in chunks of a megabyte: each write is one round trip to the server, and the large object's own output
     * stream would make one per few kilobytes (tens of thousands for a big file).
     */
    private static long copy(InputStream in, LargeObject object) throws IOException, SQLException {
        byte[] chunk = new byte[RAW_CHUNK_BYTES];
        long size = 0;
        int read;
        while ((read = in.readNBytes(chunk, 0, chunk.length)) > 0) {
            object.write(chunk, 0, read);
            size += read;
        }
        return size;
    }

    private void keepRaw(UUID batch, ImportContent raw) {
        try (Connection connection = dataSource.getConnection()) {
            LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            long size;
            LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
            try (InputStream in = raw.open()) {
                size = copy(in, object);
            } finally {
                object.close();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into import_raw (batch_id, content, size_bytes) values (?, ?, ?)")) {
                insert.setObject(1, batch);
                insert.setLong(2, oid);
                insert.setLong(3, size);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the raw file of import " + batch, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the raw file of import " + batch + " again", e);
        }
    }
}

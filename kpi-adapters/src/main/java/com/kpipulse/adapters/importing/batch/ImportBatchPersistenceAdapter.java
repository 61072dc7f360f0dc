package com.kpipulse.adapters.importing.batch;

import com.kpipulse.application.importing.ImportBatches;
import com.kpipulse.application.importing.ImportContent;
import com.kpipulse.application.importing.ImportReport;
import io.agroal.api.AgroalDataSource;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.postgresql.PGConnection;
import org.postgresql.largeobject.LargeObject;
import org.postgresql.largeobject.LargeObjectManager;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Import history in PostgreSQL; the raw bytes stream compressed into a large object (never whole in memory),
 * compressed while the import finishes once it said which they are ({@link RawFilesCompressedAhead}).
 */
@ApplicationScoped
public class ImportBatchPersistenceAdapter implements ImportBatches {

    private static final int RAW_CHUNK_BYTES = 1 << 20;

    private final ImportBatchPanacheRepository repository;
    private final AgroalDataSource dataSource;
    private final RawFilesCompressedAhead ahead = new RawFilesCompressedAhead();

    @Inject
    public ImportBatchPersistenceAdapter(ImportBatchPanacheRepository repository, AgroalDataSource dataSource) {
        this.repository = repository;
        this.dataSource = dataSource;
    }

    /** Its own transaction, as the port promises: the RUNNING batch must outlive the import's, should that die. */
    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void begin(ImportReport running, String sourceSystem) {
        repository.persist(ImportBatchMapper.toEntity(running, sourceSystem));
    }

    @Override
    public void keepingRaw(UUID id, ImportContent raw) {
        ahead.start(id, raw);
    }

    @PreDestroy
    void stop() {
        ahead.close();
    }

    /** A row lock: it lasts as long as the import's transaction, and dies with its connection. */
    @Override
    public void hold(UUID id) {
        repository.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void record(ImportReport report, String sourceSystem, ImportContent raw) {
        Optional<ImportBatchJpaEntity> begun = repository.findByIdOptional(report.id());
        if (begun.isPresent()) {
            ImportBatchMapper.copy(report, sourceSystem, begun.get());
        } else {
            repository.persist(ImportBatchMapper.toEntity(report, sourceSystem));
        }
        repository.flush();
        keepRaw(report.id(), raw);
    }

    /**
     * {@code skip locked} passes over the batches a live import holds, on this replica or another; the lock of a
     * dead process went with its connection, which PostgreSQL closes when the process's socket closes.
     */
    @Override
    public int interruptAbandoned(Instant begunBefore) {
        return repository.getEntityManager().createNativeQuery("""
                        update import_batch set status = 'INTERRUPTED'
                        where id in (select id from import_batch where status = 'RUNNING' and imported_at < ?1
                                     for update skip locked)""")
                .setParameter(1, begunBefore)
                .executeUpdate();
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
     * Streams the file compressed ({@link RawFilesCompressedAhead#ENCODING}: about 600 MB/s here, a twelfth of the size
     * for CSV) into the large object in writes of a megabyte, one round trip each. Returns the size of the file itself.
     */
    private static long copyCompressed(InputStream in, LargeObject object) throws IOException {
        OutputStream toObject = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                try {
                    object.write(bytes, offset, length);
                } catch (SQLException e) {
                    throw new IOException("Could not write the raw file into the database", e);
                }
            }
        };
        long size;
        try (OutputStream compressed = RawFilesCompressedAhead.compressing(
                new BufferedOutputStream(toObject, RAW_CHUNK_BYTES))) {
            size = in.transferTo(compressed);
        }
        return size;
    }

    /** A file compressed already, copied into the large object as it is, in writes of a megabyte. */
    private static void copy(RawFilesCompressedAhead.Compressed compressed, LargeObject object)
            throws IOException, SQLException {
        byte[] chunk = new byte[RAW_CHUNK_BYTES];
        try (InputStream in = Files.newInputStream(compressed.path())) {
            for (int n; (n = in.readNBytes(chunk, 0, chunk.length)) > 0; ) {
                object.write(chunk, 0, n);
            }
        }
    }

    private void keepRaw(UUID batch, ImportContent raw) {
        try (Connection connection = dataSource.getConnection()) {
            LargeObjectManager objects = connection.unwrap(PGConnection.class).getLargeObjectAPI();
            long oid = objects.createLO(LargeObjectManager.READWRITE);
            long size;
            Optional<RawFilesCompressedAhead.Compressed> ready = ahead.take(batch);
            LargeObject object = objects.open(oid, LargeObjectManager.WRITE);
            try {
                if (ready.isPresent()) {
                    copy(ready.get(), object);
                    size = ready.get().size();
                } else {
                    try (InputStream in = raw.open()) {
                        size = copyCompressed(in, object);
                    }
                }
            } finally {
                object.close();
                ready.ifPresent(compressed -> RawFilesCompressedAhead.delete(compressed.path()));
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into import_raw (batch_id, content, size_bytes, encoding) values (?, ?, ?, ?)")) {
                insert.setObject(1, batch);
                insert.setLong(2, oid);
                insert.setLong(3, size);
                insert.setString(4, RawFilesCompressedAhead.ENCODING);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the raw file of import " + batch, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the raw file of import " + batch, e);
        }
    }
}

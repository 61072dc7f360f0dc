package com.kpipulse.adapters.importing.batch;

import com.kpipulse.application.importing.ImportContent;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;

/**
 * Raw files compressed ({@link #ENCODING}) into a temporary file on a thread of their own while their import finishes
 * (ADR 28). Keeping the raw file used to come after the reading, on the import's thread: for the demo's 40 MB amoCRM
 * export a fifth of a second of gzip, the largest part of the import after the reading itself. Done on the other
 * core while the store takes the import's sums and marks, the import finds it ready when it records the batch.
 * <p>
 * One file at a time: a compression that has not started when its import records takes itself back, and the import
 * compresses inline as before (so imports never wait behind each other here). A compression whose import never
 * recorded (it failed) is dropped with its temporary file after {@link #FORGOTTEN_AFTER}.
 */
final class RawFilesCompressedAhead implements AutoCloseable {

    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    /**
     * How raw files are kept (ADR 28): zstd at its default level. On the million-row CSV of the import benchmark
     * (35 MB) it takes 58 ms for 2.8 MB where gzip's fastest level took 115 ms for 5.0 MB, and both halves count: the
     * compression shares two cores with the reading and the server, and every byte kept is written into the
     * transaction's large object.
     */
    static final String ENCODING = "zstd";
    private static final int LEVEL = 3;

    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int TAKEN_BACK = 2;

    /** A raw file compressed to {@code path}, of {@code size} bytes before compression. */
    record Compressed(Path path, long size) {
    }

    private final Map<UUID, Ahead> files = new ConcurrentHashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "kpi-raw-file-compress");
        t.setDaemon(true);
        return t;
    });

    private static final class Ahead implements Runnable {

        private final ImportContent raw;
        private final long since = System.nanoTime();
        private final AtomicInteger state = new AtomicInteger(QUEUED);
        private final CompletableFuture<Compressed> done = new CompletableFuture<>();

        Ahead(ImportContent raw) {
            this.raw = raw;
        }

        @Override
        public void run() {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return;
            }
            Path path = null;
            try {
                path = Files.createTempFile("kpi-raw-", ".zst");
                long size;
                try (InputStream in = raw.open();
                     OutputStream out = compressing(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16))) {
                    size = in.transferTo(out);
                }
                done.complete(new Compressed(path, size));
            } catch (IOException | RuntimeException e) {
                delete(path);
                done.completeExceptionally(e);
            }
        }

        void forget() {
            if (!state.compareAndSet(QUEUED, TAKEN_BACK)) {
                done.thenAccept(compressed -> delete(compressed.path()));
            }
        }
    }

    /** Starts compressing {@code raw} for the import {@code id}. */
    void start(UUID id, ImportContent raw) {
        forgetOld();
        Ahead ahead = new Ahead(raw);
        files.put(id, ahead);
        thread.execute(ahead);
    }

    /**
     * The import's raw file compressed, waiting for it if it is under way; empty when it was not started for this
     * import, had not begun (then it never will) or failed: the caller compresses inline. The caller deletes the file.
     */
    Optional<Compressed> take(UUID id) {
        Ahead ahead = files.remove(id);
        if (ahead == null || ahead.state.compareAndSet(QUEUED, TAKEN_BACK)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ahead.done.get());
        } catch (ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ahead.forget();
            return Optional.empty();
        }
    }

    private void forgetOld() {
        long now = System.nanoTime();
        files.entrySet().removeIf(entry -> {
            boolean old = now - entry.getValue().since > FORGOTTEN_AFTER.toNanos();
            if (old) {
                entry.getValue().forget();
            }
            return old;
        });
    }

    static void delete(Path path) {
        if (path == null) {
            return;
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temporary file: the system's cleaning takes what is left
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        files.values().forEach(Ahead::forget);
        files.clear();
    }

    /** Compresses what is written into {@code out} as {@link #ENCODING}; closing it closes {@code out}. */
    static OutputStream compressing(OutputStream out) throws IOException {
        return new ZstdOutputStreamNoFinalizer(out, LEVEL);
    }
}

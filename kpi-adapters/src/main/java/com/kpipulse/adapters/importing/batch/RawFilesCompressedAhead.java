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
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Raw files gzip-compressed into a temporary file on a thread of their own while their import reads them. Keeping
 * the raw file used to come after the reading, on the import's thread: for the demo's 40 MB amoCRM export a fifth of
 * a second of gzip, the largest part of the import after the reading itself. Done beside the reading, on the other
 * core, the import finds it ready when it records the batch.
 * <p>
 * One file at a time: a compression that has not started when its import records takes itself back, and the import
 * compresses inline as before (so imports never wait behind each other here). A compression whose import never
 * recorded (it failed) is dropped with its temporary file after {@link #FORGOTTEN_AFTER}.
 */
final class RawFilesCompressedAhead implements AutoCloseable {

    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);

    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int TAKEN_BACK = 2;

    /** A raw file compressed to {@code path}, of {@code size} bytes before compression. */
    record Compressed(Path path, long size) {
    }

    private final Map<UUID, Ahead> files = new ConcurrentHashMap<>();
    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "kpi-raw-file-gzip");
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
                path = Files.createTempFile("kpi-raw-", ".gz");
                long size;
                try (InputStream in = raw.open();
                     OutputStream out = new FastGzip(new BufferedOutputStream(Files.newOutputStream(path), 1 << 16))) {
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

    /** gzip at the fastest level: an import waits for it. */
    static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }
}

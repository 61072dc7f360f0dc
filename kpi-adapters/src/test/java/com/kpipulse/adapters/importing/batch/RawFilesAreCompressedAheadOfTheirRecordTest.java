package com.kpipulse.adapters.importing.batch;

import com.github.luben.zstd.ZstdInputStream;
import com.kpipulse.application.importing.ImportContent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import names its raw file once it has read it; the file is compressed on a thread of its own while the store
 * finishes the import, and recording the batch takes it ready. A compression that has not begun when its import
 * records is taken back: the import does not wait behind another's.
 */
class RawFilesAreCompressedAheadOfTheirRecordTest {

    private static final byte[] FILE = "date,visits\n2024-06-03,5\n".repeat(10_000).getBytes(StandardCharsets.UTF_8);

    @Test
    void theImportTakesItsFileCompressedAndTheTemporaryFileIsItsToDelete() throws Exception {
        CountDownLatch opened = new CountDownLatch(1);
        ImportContent file = content("visits.csv", () -> {
            opened.countDown();
            return new java.io.ByteArrayInputStream(FILE);
        });
        try (RawFilesCompressedAhead ahead = new RawFilesCompressedAhead()) {
            UUID id = UUID.randomUUID();
            ahead.start(id, file);
            assertThat(opened.await(10, TimeUnit.SECONDS)).as("the compression began").isTrue();

            RawFilesCompressedAhead.Compressed compressed = ahead.take(id).orElseThrow();

            assertThat(compressed.size()).isEqualTo(FILE.length);
            try (InputStream in = new ZstdInputStream(Files.newInputStream(compressed.path()))) {
                assertThat(in.readAllBytes()).isEqualTo(FILE);
            }
            assertThat(Files.size(compressed.path())).isLessThan(FILE.length / 10);
            RawFilesCompressedAhead.delete(compressed.path());
            assertThat(ahead.take(id)).as("taken once").isEmpty();
        }
    }

    @Test
    void aCompressionStillQueuedWhenItsImportRecordsIsTakenBackAndNeverRuns() throws Exception {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ImportContent slow = content("slow.csv", () -> {
            busy.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return InputStream.nullInputStream();
        });
        boolean[] opened = {false};
        ImportContent queued = content("queued.csv", () -> {
            opened[0] = true;
            return InputStream.nullInputStream();
        });
        try (RawFilesCompressedAhead ahead = new RawFilesCompressedAhead()) {
            UUID first = UUID.randomUUID();
            UUID second = UUID.randomUUID();
            ahead.start(first, slow);
            assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
            ahead.start(second, queued);

            Optional<RawFilesCompressedAhead.Compressed> taken = ahead.take(second);

            assertThat(taken).as("the import compresses inline instead of waiting its turn").isEmpty();
            release.countDown();
            RawFilesCompressedAhead.Compressed firstFile = ahead.take(first).orElseThrow();
            RawFilesCompressedAhead.delete(firstFile.path());
            assertThat(opened[0]).as("the queued compression never ran").isFalse();
        }
    }

    /** A file named {@code name} whose every opening runs {@code open}. */
    private static ImportContent content(String name, Opening open) {
        return new ImportContent() {
            @Override
            public String fileName() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                return open.open();
            }
        };
    }

    @FunctionalInterface
    private interface Opening {
        InputStream open() throws IOException;
    }
}

package com.kpipulse.adapters.importing;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An upload copied to a temporary file, deleted on close. A workbook is a ZIP archive read from its end (the central
 * directory), so a reader given a stream holds the whole file in memory; given a file it reads only the parts it
 * needs, and memory no longer grows with the size of the upload.
 */
final class SpooledFile implements Closeable {

    private final Path path;

    private SpooledFile(Path path) {
        this.path = path;
    }

    static SpooledFile of(InputStream content) throws IOException {
        Path path = Files.createTempFile("kpi-upload-", ".tmp");
        try {
            Files.copy(content, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        return new SpooledFile(path);
    }

    Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }
}

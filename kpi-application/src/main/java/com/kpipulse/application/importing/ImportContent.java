package com.kpipulse.application.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bytes of an uploaded file or pulled payload, which an import may read more than once (parse, keep raw). */
public interface ImportContent {

    String fileName();

    InputStream open() throws IOException;

    static ImportContent ofFile(String fileName, Path file) {
        return new ImportContent() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(file);
            }
        };
    }

    static ImportContent ofBytes(String fileName, byte[] bytes) {
        return new ImportContent() {
            @Override
            public String fileName() {
                return fileName;
            }

            @Override
            public InputStream open() {
                return new java.io.ByteArrayInputStream(bytes);
            }
        };
    }
}

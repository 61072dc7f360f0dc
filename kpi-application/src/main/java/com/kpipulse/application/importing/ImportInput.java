package com.kpipulse.application.importing;

import java.io.InputStream;
import java.util.Map;
import java.util.Objects;

/**
 * What a preset reads: the raw bytes of one file or API payload, the name it came under, and for the generic preset
 * the user's column mapping (column header → measure code or dimension name such as {@code date}, {@code channel},
 * {@code campaign}, {@code source}), plus options such as {@code currency} or {@code grain}.
 */
public record ImportInput(String fileName, InputStream content, Map<String, String> mapping, Map<String, String> options) {

    public ImportInput {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
        mapping = Map.copyOf(mapping == null ? Map.of() : mapping);
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    public static ImportInput of(String fileName, InputStream content) {
        return new ImportInput(fileName, content, Map.of(), Map.of());
    }
}

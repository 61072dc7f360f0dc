package com.kpipulse.application.importing;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A request to import one file or payload with one preset.
 *
 * @param presetId   e.g. {@code direct-ui-csv}
 * @param content    the bytes
 * @param mapping    column mapping for the generic preset (header → measure code or dimension), else empty
 * @param options    preset options, e.g. {@code currency=RUB}
 * @param dryRun     read and validate, write nothing, answer with a preview
 * @param importedBy who asked (login name), for the batch record and the audit trail
 * @param progress   the key under which the rows checked are reported while the import runs ({@link ImportProgress}),
 *                   or null when nobody watches
 */
public record ImportCommand(String presetId, ImportContent content, Map<String, String> mapping,
                            Map<String, String> options, boolean dryRun, String importedBy, UUID progress) {

    public ImportCommand(String presetId, ImportContent content, Map<String, String> mapping,
                         Map<String, String> options, boolean dryRun, String importedBy) {
        this(presetId, content, mapping, options, dryRun, importedBy, null);
    }

    public ImportCommand {
        Objects.requireNonNull(presetId, "presetId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(importedBy, "importedBy");
        mapping = Map.copyOf(mapping == null ? Map.of() : mapping);
        options = Map.copyOf(options == null ? Map.of() : options);
    }

    /** The same import, reporting the rows it has checked under {@code key} (none when null). */
    public ImportCommand reportingProgressAs(UUID key) {
        return new ImportCommand(presetId, content, mapping, options, dryRun, importedBy, key);
    }
}

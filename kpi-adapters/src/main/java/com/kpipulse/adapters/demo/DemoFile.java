package com.kpipulse.adapters.demo;

import com.kpipulse.application.importing.ImportCommand;
import com.kpipulse.application.importing.ImportContent;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * One generated file of the demo company and how to import it: the preset that reads it, the column mapping (for the
 * generic preset) and the options a user would choose in the import form.
 */
public record DemoFile(String name, String presetId, Map<String, String> mapping, Map<String, String> options,
                       Path path) {

    public DemoFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(presetId, "presetId");
        Objects.requireNonNull(path, "path");
        mapping = Map.copyOf(mapping);
        options = Map.copyOf(options);
    }

    public ImportCommand command(String importedBy) {
        return new ImportCommand(presetId, ImportContent.ofFile(name, path), mapping, options, false, importedBy);
    }
}

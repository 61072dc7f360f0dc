package com.kpipulse.web.importing;

import com.kpipulse.application.importing.ImportReport;
import com.kpipulse.application.importing.ImportStatus;

import java.util.List;

/**
 * What the preview shows: the dry-run report, the preset that read the file (and whether it was guessed), the
 * mapping used, and the fingerprint that the confirmation must match.
 *
 * @param fingerprint SHA-256 of preset, mapping, options and file bytes; confirming a different upload is refused
 * @param notice      a message to show above the preview, or null
 */
public record ImportPreview(ImportReport report, String presetId, String presetName, boolean guessed, boolean generic,
                            List<MappingLine> mapping, String fingerprint, String notice) {

    /** One column of the generic mapping. */
    public record MappingLine(String header, String target) {
    }

    public boolean confirmable() {
        return report.status() == ImportStatus.PREVIEW;
    }
}

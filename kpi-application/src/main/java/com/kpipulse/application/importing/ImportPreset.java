package com.kpipulse.application.importing;

import java.io.IOException;

/**
 * Outgoing port: one source format (a "preset") that turns a byte stream into canonical observation rows.
 * <p>
 * A preset streams the file: it never holds the whole file in memory. It may hold one entry per distinct
 * observation (to add up rows that differ only in a breakdown the store does not keep, such as device) and hand the
 * rows to the sink at the end.
 * A row it cannot read is reported to the sink as a {@link RowProblem} with line, column and reason; the preset
 * goes on reading so the user sees every problem of the file at once. Adding a source means adding a preset;
 * the import use case and the web never change for it.
 */
public interface ImportPreset {

    /** Stable id used in the API and the UI, e.g. {@code direct-ui-csv}. */
    String id();

    String descriptionRu();

    String descriptionEn();

    /**
     * The system the values come from, e.g. {@code yandex_direct}. Presets of the same system (API and UI export)
     * share it, so a later delivery of the same value replaces the earlier one whichever way it came.
     */
    default String sourceSystem() {
        return id();
    }

    /**
     * Reads the whole input and reports every row or problem to the sink, in file order.
     *
     * @throws IOException only when the stream itself fails; bad content is reported as problems
     */
    void read(ImportInput input, RowSink sink) throws IOException;
}

package com.kpipulse.application.importing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outgoing port: the history of imports, with the raw bytes kept so values can be re-derived later. */
public interface ImportBatches {

    void record(ImportReport report, String sourceSystem, ImportContent raw);

    Optional<ImportReport> find(UUID id);

    List<ImportReport> latest(int limit);
}

package com.kpipulse.adapters.importing.batch;

import com.kpipulse.application.importing.ImportBatches;
import com.kpipulse.application.testing.InMemory;

/** The ImportBatches contract against the fake the use-case tests use. */
class ImportBatchesInMemoryTest extends ImportBatchesContract {

    private final ImportBatches batches = InMemory.importBatches();

    @Override
    protected ImportBatches batches() {
        return batches;
    }
}

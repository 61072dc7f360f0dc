package com.kpipulse.adapters.measure;

import com.kpipulse.application.evaluation.DataVersion;
import com.kpipulse.application.testing.InMemory;

/** The data version contract against the fake the use-case tests use, which moves on every read. */
class DataVersionInMemoryTest extends DataVersionContract {

    private final DataVersion version = InMemory.alwaysNewData();

    @Override
    protected DataVersion version() {
        return version;
    }

    @Override
    protected void changeTheData() {
        // the fake knows nothing of the data: it is new on every read
    }
}

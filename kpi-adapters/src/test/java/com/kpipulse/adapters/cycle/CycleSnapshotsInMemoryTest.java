package com.kpipulse.adapters.cycle;

import com.kpipulse.application.cycle.CycleSnapshots;
import com.kpipulse.application.testing.InMemoryCycleSnapshots;

/** The CycleSnapshots contract against the fake the use-case tests use. */
class CycleSnapshotsInMemoryTest extends CycleSnapshotsContract {

    private final CycleSnapshots store = new InMemoryCycleSnapshots();

    @Override
    protected CycleSnapshots snapshots() {
        return store;
    }
}

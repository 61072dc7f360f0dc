package com.kpipulse.adapters.cluster;

import com.kpipulse.application.cluster.RunOnce;
import com.kpipulse.application.testing.InMemoryRunOnce;

/** The run-once contract against the in-memory fake (names held within one JVM). */
class RunOnceInMemoryTest extends RunOnceContract {

    private final RunOnce runOnce = new InMemoryRunOnce();

    @Override
    protected RunOnce runOnce() {
        return runOnce;
    }
}

package com.kpipulse.adapters.importing.pull;

import com.kpipulse.application.importing.pull.PullConnections;
import com.kpipulse.application.testing.InMemoryPullConnections;

/** The API connections contract against the in-memory fake. */
class PullConnectionsInMemoryTest extends PullConnectionsContract {

    private final PullConnections connections = new InMemoryPullConnections();

    @Override
    protected PullConnections connections() {
        return connections;
    }
}

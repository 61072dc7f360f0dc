package com.kpipulse.adapters.session;

import com.kpipulse.application.session.EndedSessions;
import com.kpipulse.application.testing.InMemory;

/** The EndedSessions contract against the fake the use-case tests use. */
class EndedSessionsInMemoryTest extends EndedSessionsContract {

    private final EndedSessions store = InMemory.endedSessions();

    @Override
    protected EndedSessions sessions() {
        return store;
    }
}

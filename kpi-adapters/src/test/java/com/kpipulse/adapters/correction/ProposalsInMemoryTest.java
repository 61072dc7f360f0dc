package com.kpipulse.adapters.correction;

import com.kpipulse.application.correction.Proposals;
import com.kpipulse.application.testing.InMemory;

/** The proposals contract against the fake the use-case tests use, so that it answers as PostgreSQL does. */
class ProposalsInMemoryTest extends ProposalsContract {

    private final Proposals proposals = InMemory.proposals();

    @Override
    protected Proposals proposals() {
        return proposals;
    }
}

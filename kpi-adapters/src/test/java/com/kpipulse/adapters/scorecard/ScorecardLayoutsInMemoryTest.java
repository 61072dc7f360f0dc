package com.kpipulse.adapters.scorecard;

import com.kpipulse.application.scorecard.ScorecardLayouts;
import com.kpipulse.application.testing.InMemory;

/** The ScorecardLayouts contract against the fake the use-case tests use. */
class ScorecardLayoutsInMemoryTest extends ScorecardLayoutsContract {

    private final ScorecardLayouts store = InMemory.scorecardLayouts();

    @Override
    protected ScorecardLayouts layouts() {
        return store;
    }
}

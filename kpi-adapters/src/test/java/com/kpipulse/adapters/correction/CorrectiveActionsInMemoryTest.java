package com.kpipulse.adapters.correction;

import com.kpipulse.application.correction.CorrectiveActions;
import com.kpipulse.application.testing.InMemory;

/**
 * The corrective actions contract against the fake the use-case tests use: its six checks (kept as given at version 1,
 * replaced only at the version read, stale and missing writes answered as such, listing by owner, goal, status and
 * overdue) are {@link CorrectiveActionsContract}'s, so the fake and PostgreSQL answer alike.
 */
class CorrectiveActionsInMemoryTest extends CorrectiveActionsContract {

    private final CorrectiveActions actions = InMemory.correctiveActions();

    @Override
    protected CorrectiveActions actions() {
        return actions;
    }
}

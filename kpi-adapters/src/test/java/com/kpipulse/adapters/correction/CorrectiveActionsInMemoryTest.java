package com.kpipulse.adapters.correction;

import com.kpipulse.application.correction.CorrectiveActions;
import com.kpipulse.application.testing.InMemory;

/** The corrective actions contract against the fake the use-case tests use. */
class CorrectiveActionsInMemoryTest extends CorrectiveActionsContract {

    private final CorrectiveActions actions = InMemory.correctiveActions();

    @Override
    protected CorrectiveActions actions() {
        return actions;
    }
}

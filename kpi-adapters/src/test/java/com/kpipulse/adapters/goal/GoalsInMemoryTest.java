package com.kpipulse.adapters.goal;

import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.testing.InMemory;

import java.util.ArrayList;

/** The goals contract against the fake the use-case tests use. */
class GoalsInMemoryTest extends GoalsContract {

    private final Goals goals = InMemory.goals(new ArrayList<>());

    @Override
    protected Goals goals() {
        return goals;
    }
}

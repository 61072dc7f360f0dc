package com.kpipulse.application.run;

import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.goal.Goal;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

import java.util.List;

/** Inside a run of work ({@link RunMemo}) the goals are listed once: a cycle's scorecards each ask for them. */
@Decorator
@Priority(1)
public abstract class GoalsReadOncePerRun implements Goals {

    private final Goals goals;
    private final RunMemo memo;

    @Inject
    GoalsReadOncePerRun(@Delegate Goals goals, RunMemo memo) {
        this.goals = goals;
        this.memo = memo;
    }

    @Override
    public List<Versioned<Goal>> all() {
        return memo.once(GoalsReadOncePerRun.class, goals::all);
    }
}

package com.kpipulse.application.run;

import com.kpipulse.application.scorecard.ScorecardLayouts;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.scorecard.Role;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

import java.util.List;

/** Inside a run of work ({@link RunMemo}) each role's layout is read once: a cycle shows each role's scorecard often. */
@Decorator
@Priority(1)
public abstract class LayoutsReadOncePerRun implements ScorecardLayouts {

    private final ScorecardLayouts layouts;
    private final RunMemo memo;

    @Inject
    LayoutsReadOncePerRun(@Delegate ScorecardLayouts layouts, RunMemo memo) {
        this.layouts = layouts;
        this.memo = memo;
    }

    private record LayoutOf(Role role) {
    }

    @Override
    public Versioned<List<String>> of(Role role) {
        return memo.once(new LayoutOf(role), () -> layouts.of(role));
    }
}

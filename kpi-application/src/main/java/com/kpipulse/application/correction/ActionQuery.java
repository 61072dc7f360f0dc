package com.kpipulse.application.correction;

import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.goal.GoalId;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which actions a reader asks for: their own ({@code mine}), the overdue ones, those of a goal, those in some
 * statuses (empty: any); each part that is given must hold.
 */
public record ActionQuery(boolean mine, boolean overdue, Optional<GoalId> goal, Set<ActionStatus> statuses) {

    public ActionQuery {
        Objects.requireNonNull(goal, "goal");
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** Every action the reader may read. */
    public static ActionQuery all() {
        return new ActionQuery(false, false, Optional.empty(), Set.of());
    }
}

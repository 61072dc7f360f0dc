package com.kpipulse.application.goal;

import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;

import java.util.List;
import java.util.Optional;

/** Outgoing port: the department's goals. */
public interface Goals {

    /** Stores a new goal or replaces the goal with the same id. */
    void save(Goal goal);

    Optional<Goal> find(GoalId id);

    List<Goal> all();

    /** @return false when there was no such goal */
    boolean delete(GoalId id);
}

package com.kpipulse.application.goal;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;

import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: the department's goals, each with its version. A goal is replaced as a whole (its KPIs, targets and
 * weekly parts with it), and stores check the expected version in the statement that writes, so of two writers who
 * read the same version only one succeeds; writers that expect any version are applied one after the other, never
 * mixed.
 */
public interface Goals {

    /** Stores a new goal at version 1. */
    void create(Goal goal);

    /** Replaces the goal with the same id, if it is still at {@code expected}. */
    VersionedWrite replace(Goal goal, ExpectedVersion expected);

    Optional<Versioned<Goal>> find(GoalId id);

    List<Versioned<Goal>> all();

    /** Removes the goal, if it is still at {@code expected}. */
    VersionedWrite delete(GoalId id, ExpectedVersion expected);
}

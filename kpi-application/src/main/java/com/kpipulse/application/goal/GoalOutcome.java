package com.kpipulse.application.goal;

import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.SmartFinding;

import java.util.List;

/** What happened to a goal that was created or changed, with the SMART findings that explain it. */
public sealed interface GoalOutcome {

    /** Stored, now at {@code version}; the findings are warnings and notes (too many KPIs, an ambitious target …). */
    record Saved(Goal goal, List<SmartFinding> findings, long version) implements GoalOutcome {
        public Saved {
            findings = List.copyOf(findings);
        }
    }

    /** Not stored: at least one finding is an error (no objective, no target, deadline before start …). */
    record Rejected(Goal goal, List<SmartFinding> findings) implements GoalOutcome {
        public Rejected {
            findings = List.copyOf(findings);
        }
    }

    /** There is no goal with that id. */
    record NotFound() implements GoalOutcome {
    }

    /**
     * Not stored: somebody else changed the goal after the writer read it (it is now at {@code currentVersion}); the
     * writer should look at their change before making theirs.
     */
    record Stale(long currentVersion) implements GoalOutcome {
    }
}

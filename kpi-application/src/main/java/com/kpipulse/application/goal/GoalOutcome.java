package com.kpipulse.application.goal;

import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.SmartFinding;

import java.util.List;

/** What happened to a goal that was created or changed, with the SMART findings that explain it. */
public sealed interface GoalOutcome {

    /** Stored; the findings are warnings and notes (too many KPIs, an ambitious target …). */
    record Saved(Goal goal, List<SmartFinding> findings) implements GoalOutcome {
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
}

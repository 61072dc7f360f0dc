package com.kpipulse.application.correction;

import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.CorrectiveAction;

import java.util.List;

/** What became of an action somebody proposed or changed. */
public sealed interface ActionOutcome {

    /** Stored, at the version it has now. */
    record Saved(Versioned<CorrectiveAction> action) implements ActionOutcome {
    }

    /** Nothing stored: what is wrong, field by field. */
    record Rejected(List<ActionProblem> problems) implements ActionOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** No action with that id, or none the writer may read. */
    record NotFound() implements ActionOutcome {
    }

    /** The writer's roles do not let them do this (propose for somebody else, change somebody else's action). */
    record Denied() implements ActionOutcome {
    }

    /** Nothing stored: somebody changed the action after the writer read it; it is now at {@code currentVersion}. */
    record Stale(long currentVersion) implements ActionOutcome {
    }
}

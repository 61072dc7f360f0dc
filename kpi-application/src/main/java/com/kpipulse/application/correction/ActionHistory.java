package com.kpipulse.application.correction;

import com.kpipulse.domain.correction.ActionStatus;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** How an action's status went, as the audit trail keeps it: proposed first, then every step, oldest first. */
public record ActionHistory(List<Step> steps) {

    /**
     * One step: when, by whom, from which status (none for the proposal) to which, and the reason of a drop.
     */
    public record Step(Instant at, String by, Optional<ActionStatus> from, ActionStatus to, Optional<String> reason) {
        public Step {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
        }
    }

    public ActionHistory {
        steps = List.copyOf(steps);
    }
}

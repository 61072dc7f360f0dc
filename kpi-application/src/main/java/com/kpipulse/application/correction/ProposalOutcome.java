package com.kpipulse.application.correction;

import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalStatus;

import java.util.List;
import java.util.Optional;

/** What became of a proposal somebody accepted or rejected. */
public sealed interface ProposalOutcome {

    /** Decided, at the version it has now; {@code action}: the action it became, when accepted. */
    record Decided(Versioned<Proposal> proposal, Optional<Versioned<CorrectiveAction>> action)
            implements ProposalOutcome {
    }

    /** Nothing stored: what is wrong, field by field ({@code owner}, {@code dueDate}, {@code reason}, …). */
    record Rejected(List<ActionProblem> problems) implements ProposalOutcome {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /** No proposal with that id, or none about a KPI the reader may read. */
    record NotFound() implements ProposalOutcome {
    }

    /** The reader's roles do not let them decide (they may not propose actions, or not for that owner). */
    record Denied() implements ProposalOutcome {
    }

    /** Nothing stored: the proposal changed after the reader read it; it is now at {@code currentVersion}. */
    record Stale(long currentVersion) implements ProposalOutcome {
    }

    /** Nothing stored: somebody accepted or rejected it already. */
    record AlreadyDecided(ProposalStatus status, long currentVersion) implements ProposalOutcome {
    }
}

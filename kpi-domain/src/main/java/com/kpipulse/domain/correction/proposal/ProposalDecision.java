package com.kpipulse.domain.correction.proposal;

import java.util.Objects;

/** What deciding on a proposal gave: the decided proposal, or the status it was already in. */
public sealed interface ProposalDecision {

    record Decided(Proposal proposal) implements ProposalDecision {
        public Decided {
            Objects.requireNonNull(proposal, "proposal");
        }
    }

    /** Not decided again: it was accepted or rejected before. */
    record AlreadyDecided(ProposalStatus status) implements ProposalDecision {
        public AlreadyDecided {
            Objects.requireNonNull(status, "status");
        }
    }
}

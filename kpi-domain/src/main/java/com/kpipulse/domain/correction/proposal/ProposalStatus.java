package com.kpipulse.domain.correction.proposal;

/** Where a proposal stands: open until somebody accepts it (it becomes an action) or rejects it (with a reason). */
public enum ProposalStatus {
    OPEN, ACCEPTED, REJECTED
}

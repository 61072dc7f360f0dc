package com.kpipulse.application.review;

import com.kpipulse.domain.review.ProposalsToDecide;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the fifth section of a review's agenda puts to a decision: for now the deviations whose cause asks for one
 * ({@link ProposalsToDecide#FROM_CAUSES}). The seam where the proposals of their own (a budget reallocation to accept
 * or reject) plug in: this bean answers with theirs, and the agenda generator does not change.
 */
@ApplicationScoped
public class ReviewProposals {

    public ProposalsToDecide current() {
        return ProposalsToDecide.FROM_CAUSES;
    }
}

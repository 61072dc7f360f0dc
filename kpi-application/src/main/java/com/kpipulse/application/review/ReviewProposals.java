package com.kpipulse.application.review;

import com.kpipulse.application.correction.Proposals;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.domain.review.ProposalsToDecide;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the fifth section of a review's agenda puts to a decision: the week's cycle's open proposals
 * ({@code correction.ProposeCorrections}), one item per KPI, channel and cause they answer, in the order they were made
 * (the costliest deviation first); the agenda shows each item's proposals to accept or reject. A cycle kept before it
 * made proposals has none: then each deviation whose cause asks for a decision
 * ({@link ProposalsToDecide#FROM_CAUSES}).
 */
@ApplicationScoped
public class ReviewProposals {

    private final Proposals proposals;

    @Inject
    public ReviewProposals(Proposals proposals) {
        this.proposals = proposals;
    }

    public ProposalsToDecide current() {
        return this::of;
    }

    private List<AgendaSubject> of(CycleSnapshot cycle) {
        List<Versioned<Proposal>> made = proposals.ofPeriod(cycle.period());
        if (made.isEmpty()) {
            return ProposalsToDecide.FROM_CAUSES.of(cycle);
        }
        Set<AgendaSubject> subjects = new LinkedHashSet<>();
        made.stream().map(Versioned::value).filter(Proposal::open).forEach(proposal -> subjects.add(
                new AgendaSubject.ToDecide(proposal.kpi(), proposal.channel(), proposal.cause())));
        return List.copyOf(subjects);
    }
}

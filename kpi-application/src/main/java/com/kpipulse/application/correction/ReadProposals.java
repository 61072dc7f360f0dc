package com.kpipulse.application.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.cycle.CyclePeriod;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

/** The cycles' proposals as a reader may read them: those about a KPI they may read ({@link ReadingRights}). */
@ApplicationScoped
public class ReadProposals {

    private final Proposals proposals;
    private final ReadingRights rights;

    @Inject
    public ReadProposals(Proposals proposals, ReadingRights rights) {
        this.proposals = proposals;
        this.rights = rights;
    }

    /** The period's proposals the reader may read, in the order they were made. */
    public List<Versioned<Proposal>> ofPeriod(Reader reader, CyclePeriod period) {
        return proposals.ofPeriod(period).stream().filter(proposal -> mayRead(reader, proposal.value())).toList();
    }

    /** The period's proposals about one KPI, in total or in one channel (empty: every scope). */
    public List<Versioned<Proposal>> ofKpi(Reader reader, CyclePeriod period, String kpi, Optional<String> channel) {
        return ofPeriod(reader, period).stream().filter(proposal -> proposal.value().kpi().value().equals(kpi))
                .filter(proposal -> channel.isEmpty() || proposal.value().channel().isEmpty()
                        || proposal.value().channel().equals(channel))
                .toList();
    }

    public Access<Versioned<Proposal>> find(Reader reader, ProposalId id) {
        Optional<Versioned<Proposal>> found = proposals.find(id);
        if (found.isEmpty()) {
            return Access.unknown();
        }
        return mayRead(reader, found.get().value()) ? Access.granted(found.get()) : Access.denied();
    }

    /** Whether the reader may read the proposal: whoever may read its KPI. */
    boolean mayRead(Reader reader, Proposal proposal) {
        return rights.mayReadKpi(reader, proposal.kpi().value());
    }
}

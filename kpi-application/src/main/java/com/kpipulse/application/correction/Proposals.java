package com.kpipulse.application.correction;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.cycle.CyclePeriod;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Outgoing port: the cycles' proposals, each with its version (1 when made, one more when it is decided). A cycle run
 * again replaces its open proposals and keeps those somebody decided.
 */
public interface Proposals {

    /**
     * Makes {@code made} the period's open proposals at version 1: the open ones kept before are gone, the accepted
     * and rejected ones stay.
     */
    void replaceOpen(CyclePeriod period, List<Proposal> made);

    /** The period's proposals, open and decided, in the order they were made. */
    List<Versioned<Proposal>> ofPeriod(CyclePeriod period);

    Optional<Versioned<Proposal>> find(ProposalId id);

    /**
     * The proposal, held until the caller's transaction ends: two people deciding on it follow each other, and the
     * second finds it decided.
     */
    Optional<Versioned<Proposal>> findToDecide(ProposalId id);

    /** Stores the decided proposal if it is still at {@code expected}. */
    VersionedWrite decide(Proposal decided, ExpectedVersion expected);

    /** The rejected proposals of the periods that start between the two days (both included). */
    List<Proposal> rejectedBetween(LocalDate from, LocalDate to);
}

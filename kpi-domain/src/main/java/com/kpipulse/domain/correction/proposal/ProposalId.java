package com.kpipulse.domain.correction.proposal;

import java.util.Objects;
import java.util.UUID;

/** The stable id of a proposal. */
public record ProposalId(UUID value) {

    public ProposalId {
        Objects.requireNonNull(value, "value");
    }

    public static ProposalId random() {
        return new ProposalId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package com.kpipulse.domain.correction.proposal;

import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.kpi.KpiCode;

import java.util.Objects;
import java.util.Optional;

/**
 * What makes two proposals "the same proposal for the same cause": their kind, KPI, channel and cause. A rejected
 * proposal's key is not proposed again for four weeks ({@link Suppression}).
 */
public record ProposalKey(ProposalKind kind, KpiCode kpi, Optional<String> channel, Cause cause) {

    public ProposalKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(cause, "cause");
    }
}

package com.kpipulse.domain.correction.proposal;

import com.kpipulse.domain.analysis.why.Cause;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.text.Message;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a cycle proposes doing about one of its deviations (seed 001: analyze → correct), for a person to accept (it
 * becomes a corrective action) or reject (with a reason). Its title and reasoning are data, said in the reader's
 * language when read; its figures are those of the cycle that made it.
 *
 * @param period       the cycle that made it
 * @param channel      the channel it is about, for a campaigns or data proposal of one channel
 * @param cause        the cause of the deviation it answers
 * @param title        what to do, in a line
 * @param reasoning    why, with the figures: sentences in order
 * @param effect       what it is expected to do to its KPI, where that can be said
 * @param reallocation the budget moves, for a reallocation
 * @param action       the action it became, once accepted
 * @param rejection    why it was rejected, once rejected
 */
public record Proposal(ProposalId id, CyclePeriod period, ProposalKind kind, KpiCode kpi, Optional<String> channel,
                       Cause cause, Message title, List<Message> reasoning, Optional<ProposalEffect> effect,
                       Optional<ReallocationPlan> reallocation, ProposalStatus status, Optional<ActionId> action,
                       Optional<Rejection> rejection, Instant madeAt) {

    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(reallocation, "reallocation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(rejection, "rejection");
        Objects.requireNonNull(madeAt, "madeAt");
        reasoning = List.copyOf(reasoning);
        if (reallocation.isPresent() != (kind == ProposalKind.REALLOCATION)) {
            throw new IllegalArgumentException("A reallocation, and only it, keeps its budget moves: " + kind);
        }
        if (action.isPresent() != (status == ProposalStatus.ACCEPTED)) {
            throw new IllegalArgumentException("An accepted proposal, and only it, names its action: " + status);
        }
        if (rejection.isPresent() != (status == ProposalStatus.REJECTED)) {
            throw new IllegalArgumentException("A rejected proposal, and only it, says why: " + status);
        }
    }

    /** A new, open proposal. */
    public static Proposal open(ProposalId id, CyclePeriod period, ProposalKind kind, KpiCode kpi,
                                Optional<String> channel, Cause cause, Message title, List<Message> reasoning,
                                Optional<ProposalEffect> effect, Optional<ReallocationPlan> reallocation,
                                Instant madeAt) {
        return new Proposal(id, period, kind, kpi, channel, cause, title, reasoning, effect, reallocation,
                ProposalStatus.OPEN, Optional.empty(), Optional.empty(), madeAt);
    }

    /** The same proposal for the same cause: what the four-week rule compares. */
    public ProposalKey key() {
        return new ProposalKey(kind, kpi, channel, cause);
    }

    public boolean open() {
        return status == ProposalStatus.OPEN;
    }

    /** Accepted: it became {@code made}. Only an open proposal is decided. */
    public ProposalDecision accept(ActionId made) {
        Objects.requireNonNull(made, "made");
        return decided(ProposalStatus.ACCEPTED, Optional.of(made), Optional.empty());
    }

    /** Rejected for {@code why}. Only an open proposal is decided. */
    public ProposalDecision reject(Rejection why) {
        Objects.requireNonNull(why, "why");
        return decided(ProposalStatus.REJECTED, Optional.empty(), Optional.of(why));
    }

    private ProposalDecision decided(ProposalStatus next, Optional<ActionId> made, Optional<Rejection> why) {
        if (!open()) {
            return new ProposalDecision.AlreadyDecided(status);
        }
        return new ProposalDecision.Decided(new Proposal(id, period, kind, kpi, channel, cause, title, reasoning,
                effect, reallocation, next, made, why, madeAt));
    }
}

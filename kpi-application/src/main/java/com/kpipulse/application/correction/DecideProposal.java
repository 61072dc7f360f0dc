package com.kpipulse.application.correction;

import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.proposal.Proposal;
import com.kpipulse.domain.correction.proposal.ProposalDecision;
import com.kpipulse.domain.correction.proposal.ProposalId;
import com.kpipulse.domain.correction.proposal.Rejection;
import com.kpipulse.domain.input.TextInput;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person decides on a cycle's proposal. Accepting it makes it a corrective action through
 * {@link ManageActions#create}, so the action's own checks apply (an unknown owner, a due date in the past come back
 * field by field), pre-filled from the proposal: its title, KPI and channels, its reasoning as the hypothesis, its
 * expected effect; the proposal then names the action, all in one transaction. Rejecting it asks for a reason. Who
 * may decide: whoever may propose actions ({@link ActionRights#mayPropose}); a proposal about a KPI the reader may not
 * read is not found. Decisions are made at the version the proposal was read at, and audited (subject
 * {@value #SUBJECT}).
 */
@ApplicationScoped
public class DecideProposal {

    /** What the audit trail calls a proposal. */
    public static final String SUBJECT = "proposal";

    private final Proposals proposals;
    private final ReadProposals read;
    private final ManageActions actions;
    private final AuditTrail audit;
    private final Clock clock;

    @Inject
    public DecideProposal(Proposals proposals, ReadProposals read, ManageActions actions, AuditTrail audit,
                          Clock clock) {
        this.proposals = proposals;
        this.read = read;
        this.actions = actions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Accepts the proposal as an action owned by {@code owner} (a login) and due on {@code due}
     * ({@code YYYY-MM-DD}), its texts written in {@code language}.
     */
    @Transactional
    public ProposalOutcome accept(Reader reader, Locale language, ProposalId id, ExpectedVersion expected,
                                  String owner, String due) {
        return switch (held(reader, id, expected)) {
            case Held.Refused refused -> refused.outcome();
            case Held.Open open -> accept(reader, language, open.proposal(), owner, due);
        };
    }

    private ProposalOutcome accept(Reader reader, Locale language, Versioned<Proposal> found, String owner,
                               String due) {
        Proposal proposal = found.value();
        ProposalId id = proposal.id();
        return switch (actions.create(reader, input(proposal, owner, due, language))) {
            case ActionOutcome.Saved saved -> switch (proposal.accept(saved.action().value().id())) {
                case ProposalDecision.Decided decided -> {
                    Versioned<Proposal> stored = stored(decided.proposal(), found.version());
                    audit.record(reader.name(), SUBJECT, id.toString(), "accept", null,
                            "action=" + saved.action().value().id());
                    yield new ProposalOutcome.Decided(stored, Optional.of(saved.action()));
                }
                case ProposalDecision.AlreadyDecided already ->
                        new ProposalOutcome.AlreadyDecided(already.status(), found.version());
            };
            case ActionOutcome.Rejected rejected -> new ProposalOutcome.Rejected(rejected.problems());
            case ActionOutcome.Denied denied -> new ProposalOutcome.Denied();
            case ActionOutcome.NotFound notFound ->
                    throw new IllegalStateException("A new action is found by nobody: " + id);
            case ActionOutcome.Stale stale -> throw new IllegalStateException("A new action is never stale: " + id);
        };
    }

    /** Rejects the proposal for {@code reason}: the same proposal for the same cause is not made for four weeks. */
    @Transactional
    public ProposalOutcome reject(Reader reader, ProposalId id, ExpectedVersion expected, String reason) {
        return switch (held(reader, id, expected)) {
            case Held.Refused refused -> refused.outcome();
            case Held.Open open -> reject(reader, open.proposal(), reason);
        };
    }

    private ProposalOutcome reject(Reader reader, Versioned<Proposal> found, String reason) {
        ProposalId id = found.value().id();
        List<ActionProblem> problems = new ArrayList<>();
        Optional<String> why = ActionCheck.text(problems, "reason", reason, ActionDetails.MAX_TEXT,
                TextInput.Lines.MANY, true);
        if (why.isEmpty()) {
            return new ProposalOutcome.Rejected(problems);
        }
        return switch (found.value().reject(new Rejection(why.get(), reader.name(),
                clock.instant().truncatedTo(ChronoUnit.MICROS)))) {
            case ProposalDecision.Decided decided -> {
                Versioned<Proposal> stored = stored(decided.proposal(), found.version());
                audit.record(reader.name(), SUBJECT, id.toString(), "reject", null, why.get());
                yield new ProposalOutcome.Decided(stored, Optional.empty());
            }
            case ProposalDecision.AlreadyDecided already ->
                    new ProposalOutcome.AlreadyDecided(already.status(), found.version());
        };
    }

    /** The proposal held open for a decision, or why it cannot be decided. */
    private sealed interface Held {
        record Open(Versioned<Proposal> proposal) implements Held {
        }

        record Refused(ProposalOutcome outcome) implements Held {
        }
    }

    /**
     * The proposal, held until the transaction ends, when the reader may decide on it at {@code expected}; else why
     * not.
     */
    private Held held(Reader reader, ProposalId id, ExpectedVersion expected) {
        Optional<Versioned<Proposal>> found = proposals.findToDecide(id);
        if (found.isEmpty() || !read.mayRead(reader, found.get().value())) {
            return new Held.Refused(new ProposalOutcome.NotFound());
        }
        if (!ActionRights.mayPropose(reader)) {
            return new Held.Refused(new ProposalOutcome.Denied());
        }
        long version = found.get().version();
        if (!expected.admits(version)) {
            return new Held.Refused(new ProposalOutcome.Stale(version));
        }
        if (!found.get().value().open()) {
            return new Held.Refused(new ProposalOutcome.AlreadyDecided(found.get().value().status(), version));
        }
        return new Held.Open(found.get());
    }

    /** Held since it was read, the proposal is still at the version read: a stale write here is a bug. */
    private Versioned<Proposal> stored(Proposal decided, long version) {
        return switch (proposals.decide(decided, ExpectedVersion.of(version))) {
            case VersionedWrite.Written written -> new Versioned<>(decided, written.version());
            case VersionedWrite.Stale stale ->
                    throw new IllegalStateException("Proposal " + decided.id() + " moved on while held: " + stale);
            case VersionedWrite.Missing missing ->
                    throw new IllegalStateException("Proposal " + decided.id() + " went away while held");
        };
    }

    /** The action as the proposal suggests it, for {@code owner} by {@code due}. */
    static ActionInput input(Proposal proposal, String owner, String due, Locale language) {
        List<String> channels = Stream.concat(proposal.channel().stream(), proposal.reallocation().stream()
                .flatMap(plan -> plan.movedChannels().stream())).distinct().limit(ActionDetails.MAX_CHANNELS).toList();
        List<Message> said = new ArrayList<>(proposal.reasoning());
        proposal.reallocation().ifPresent(plan -> said.addAll(plan.moves()));
        return new ActionInput(bounded(proposal.title().in(language), ActionDetails.MAX_TITLE), null,
                proposal.kpi().value(), channels, owner, due,
                bounded(said.stream().map(message -> message.in(language)).collect(Collectors.joining(" ")),
                        ActionDetails.MAX_TEXT),
                proposal.effect().map(effect -> effect.kpi().value()).orElse(null),
                proposal.effect().map(effect -> effect.direction().name()).orElse(null),
                proposal.effect().map(effect -> effect.size().toPlainString()).orElse(null));
    }

    private static String bounded(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

package com.kpipulse.application.correction;

import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.goal.Goals;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.people.Directory;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.correction.ActionComment;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.StatusChange;
import com.kpipulse.domain.input.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Corrective actions proposed, changed, moved on and commented (seed 001: correct). Who may do what is
 * {@link ActionRights}'s to say; what a person wrote is checked field by field ({@link ActionCheck}) and refused
 * whole with the reasons, nothing stored. Changes are made at the version they were read at: a change to an action
 * somebody changed since is {@link ActionOutcome.Stale} before any check is spent on it, and the store refuses it
 * again if the other change lands meanwhile. Every change is audited (subject {@value ActionAudit#SUBJECT}), the
 * status steps so that the action's history can be read back from the trail.
 */
@ApplicationScoped
public class ManageActions {

    private final CorrectiveActions actions;
    private final ActionRights rights;
    private final AuditTrail audit;
    private final CurrentKpiCatalog catalogs;
    private final ChannelCatalogs channels;
    private final Goals goals;
    private final Directory directory;
    private final Clock clock;

    @Inject
    public ManageActions(CorrectiveActions actions, ActionRights rights, AuditTrail audit, CurrentKpiCatalog catalogs,
                         ChannelCatalogs channels, Goals goals, Directory directory, Clock clock) {
        this.actions = actions;
        this.rights = rights;
        this.audit = audit;
        this.catalogs = catalogs;
        this.channels = channels;
        this.goals = goals;
        this.directory = directory;
        this.clock = clock;
    }

    /** Proposes an action: for anybody by admins, the head and marketers, for herself by the SMM specialist. */
    @Transactional
    public ActionOutcome create(Reader writer, ActionInput input) {
        if (!ActionRights.mayPropose(writer)) {
            return new ActionOutcome.Denied();
        }
        return switch (check(writer).read(input, Optional.empty())) {
            case ActionCheck.Result.Problems problems -> new ActionOutcome.Rejected(problems.problems());
            case ActionCheck.Result.Read read -> {
                if (!ActionRights.mayAssignTo(writer, read.details().owner())) {
                    yield new ActionOutcome.Denied();
                }
                CorrectiveAction action = CorrectiveAction.propose(ActionId.random(), read.details(), writer.name(),
                        now());
                actions.create(action);
                audit.record(writer.name(), ActionAudit.SUBJECT, action.id().toString(), ActionAudit.CREATE, null,
                        ActionAudit.created(action));
                yield new ActionOutcome.Saved(new Versioned<>(action, 1));
            }
        };
    }

    /** Replaces what was decided about the action: its title, goal, KPI, channels, owner, due date, hypothesis, effect. */
    @Transactional
    public ActionOutcome edit(Reader writer, ActionId id, ExpectedVersion expected, ActionInput input) {
        return change(writer, id, expected, ActionChange.details(input));
    }

    /** Moves the action to another status ({@code reason}: why it is dropped). */
    @Transactional
    public ActionOutcome changeStatus(Reader writer, ActionId id, ExpectedVersion expected, String status,
                                     String reason) {
        return change(writer, id, expected, ActionChange.status(status, reason));
    }

    /** Adds a comment after the others. */
    @Transactional
    public ActionOutcome comment(Reader writer, ActionId id, ExpectedVersion expected, String text) {
        return change(writer, id, expected, ActionChange.comment(text));
    }

    /**
     * Changes the action in one go: details, status and a comment, each where given; all or nothing, each part
     * audited on its own.
     */
    @Transactional
    public ActionOutcome change(Reader writer, ActionId id, ExpectedVersion expected, ActionChange change) {
        Optional<Versioned<CorrectiveAction>> found = actions.find(id);
        if (found.isEmpty() || !rights.mayRead(writer, found.get().value())) {
            return new ActionOutcome.NotFound();
        }
        CorrectiveAction before = found.get().value();
        long version = found.get().version();
        if (!ActionRights.mayChange(writer, before)) {
            return new ActionOutcome.Denied();
        }
        if (!expected.admits(version)) {
            return new ActionOutcome.Stale(version);
        }
        List<ActionProblem> problems = new ArrayList<>();
        CorrectiveAction changed = before;
        if (change.details().isPresent()) {
            switch (check(writer).read(change.details().get(), Optional.of(before.details().due()))) {
                case ActionCheck.Result.Problems unfit -> problems.addAll(unfit.problems());
                case ActionCheck.Result.Read read -> {
                    if (!ActionRights.mayAssignTo(writer, read.details().owner())) {
                        return new ActionOutcome.Denied();
                    }
                    changed = changed.with(read.details());
                }
            }
        }
        Optional<String> reason = ActionCheck.text(problems, "dropReason", change.dropReason(), ActionDetails.MAX_TEXT,
                TextInput.Lines.MANY, false);
        if (change.status().isPresent()) {
            changed = moved(problems, changed, change.status().get(), reason.orElse(null));
        } else if (reason.isPresent()) {
            problems.add(ActionProblem.of("dropReason", ActionProblemKind.REASON_WITHOUT_DROP));
        }
        Optional<String> comment = Optional.empty();
        if (change.comment().isPresent()) {
            comment = ActionCheck.text(problems, "comment", change.comment().get(), ActionDetails.MAX_TEXT,
                    TextInput.Lines.MANY, false);
            if (comment.isEmpty() && problems.stream().noneMatch(problem -> problem.field().equals("comment"))) {
                problems.add(ActionProblem.of("comment", ActionProblemKind.EMPTY_COMMENT));
            }
            if (comment.isPresent()) {
                changed = changed.commented(new ActionComment(writer.name(), now(), comment.get()));
            }
        }
        if (!problems.isEmpty()) {
            return new ActionOutcome.Rejected(problems);
        }
        if (changed.equals(before)) {
            return new ActionOutcome.Saved(found.get());
        }
        return switch (actions.replace(changed, ExpectedVersion.of(version))) {
            case VersionedWrite.Written written -> {
                audited(writer, before, changed, comment);
                yield new ActionOutcome.Saved(new Versioned<>(changed, written.version()));
            }
            case VersionedWrite.Stale stale -> new ActionOutcome.Stale(stale.currentVersion());
            case VersionedWrite.Missing missing -> new ActionOutcome.NotFound();
        };
    }

    private static CorrectiveAction moved(List<ActionProblem> problems, CorrectiveAction action, String code,
                                          String reason) {
        Optional<ActionStatus> status = Arrays.stream(ActionStatus.values())
                .filter(candidate -> code != null && code.length() <= TextInput.CODE
                        && candidate.name().equals(code.strip().toUpperCase(Locale.ROOT)))
                .findFirst();
        if (status.isEmpty()) {
            problems.add(ActionProblem.of("status", ActionProblemKind.NOT_A_STATUS,
                    com.kpipulse.domain.input.InputProblem.excerpt(code)));
            return action;
        }
        return switch (action.moveTo(status.get(), reason)) {
            case StatusChange.Moved moved -> moved.action();
            case StatusChange.Refused refused -> {
                problems.add(new ActionProblem("status", refused.message()));
                yield action;
            }
        };
    }

    private void audited(Reader writer, CorrectiveAction before, CorrectiveAction after, Optional<String> comment) {
        String id = after.id().toString();
        if (!before.details().equals(after.details())) {
            audit.record(writer.name(), ActionAudit.SUBJECT, id, ActionAudit.EDIT, ActionAudit.summary(before.details()),
                    ActionAudit.summary(after.details()));
        }
        if (before.status() != after.status()) {
            audit.record(writer.name(), ActionAudit.SUBJECT, id, ActionAudit.STATUS, before.status().name(),
                    ActionAudit.status(after));
        }
        comment.ifPresent(text -> audit.record(writer.name(), ActionAudit.SUBJECT, id, ActionAudit.COMMENT, null, text));
    }

    /** The time to the microsecond: what the store keeps, so an answer shows the action as it is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private ActionCheck check(Reader writer) {
        return new ActionCheck(writer, catalogs.current(), channels.current(), goals, rights, directory.people(),
                LocalDate.now(clock));
    }
}

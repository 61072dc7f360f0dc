package com.kpipulse.application.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.ActionRights;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.audit.AuditHistory;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * The corrective actions a reader may read ({@link ActionRights#mayRead}): listed with filters, one by one, a
 * person's open ones (their scorecard's «Мои действия»), and an action's status history as the audit trail keeps it.
 * Whether an action is overdue is judged on the company's today.
 */
@ApplicationScoped
public class ReadActions {

    private final CorrectiveActions actions;
    private final ActionRights rights;
    private final AuditHistory history;
    private final Clock clock;

    @Inject
    public ReadActions(CorrectiveActions actions, ActionRights rights, AuditHistory history, Clock clock) {
        this.actions = actions;
        this.rights = rights;
        this.history = history;
        this.clock = clock;
    }

    /** The company's today, the day overdue is judged on. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The actions the query lets through that the reader may read, the earliest due date first. */
    public List<Versioned<CorrectiveAction>> list(Reader reader, ActionQuery query) {
        ActionFilter filter = ActionFilter.all().in(query.statuses());
        if (query.mine()) {
            filter = filter.ownedBy(reader.name());
        }
        if (query.overdue()) {
            filter = filter.overdueOn(today());
        }
        if (query.goal().isPresent()) {
            filter = filter.forGoal(query.goal().get());
        }
        return actions.matching(filter).stream().filter(action -> rights.mayRead(reader, action.value())).toList();
    }

    /** The reader's own actions still to be done, the earliest due date first. */
    public List<Versioned<CorrectiveAction>> openOf(Reader reader) {
        return list(reader, new ActionQuery(true, false, Optional.empty(),
                EnumSet.of(ActionStatus.PROPOSED, ActionStatus.ACCEPTED, ActionStatus.IN_PROGRESS)));
    }

    public Access<Versioned<CorrectiveAction>> find(Reader reader, ActionId id) {
        Optional<Versioned<CorrectiveAction>> found = actions.find(id);
        if (found.isEmpty()) {
            return Access.unknown();
        }
        return rights.mayRead(reader, found.get().value()) ? Access.granted(found.get()) : Access.denied();
    }

    /** The action, for a reader who may also see its KPI's figures (its effect). */
    public Access<Versioned<CorrectiveAction>> findWithFigures(Reader reader, ActionId id) {
        Optional<Versioned<CorrectiveAction>> found = actions.find(id);
        if (found.isEmpty()) {
            return Access.unknown();
        }
        return rights.mayReadEffect(reader, found.get().value()) ? Access.granted(found.get()) : Access.denied();
    }

    /** Of the listed actions, those whose KPI's figures (their effect) the reader may see as well. */
    public List<Versioned<CorrectiveAction>> withFigures(Reader reader, List<Versioned<CorrectiveAction>> listed) {
        return listed.stream().filter(action -> rights.mayReadEffect(reader, action.value())).toList();
    }

    /** How the action's status went, from its proposal on. */
    public Access<ActionHistory> history(Reader reader, ActionId id) {
        return find(reader, id).map(action -> new ActionHistory(history.of(ActionAudit.SUBJECT, id.toString()).stream()
                .flatMap(entry -> ActionAudit.step(entry).stream()).toList()));
    }
}

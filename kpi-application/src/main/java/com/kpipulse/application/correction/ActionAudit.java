package com.kpipulse.application.correction;

import com.kpipulse.application.audit.AuditEntry;
import com.kpipulse.domain.correction.ActionDetails;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;

import java.util.Arrays;
import java.util.Optional;

/**
 * How actions are written into the audit trail and their status history read back from it: subject
 * {@value #SUBJECT}, actions {@code create}, {@code edit}, {@code status} (before and after the status's code; a
 * drop's after is {@code DROPPED: <reason>}) and {@code comment}.
 */
final class ActionAudit {

    static final String SUBJECT = "corrective_action";
    static final String CREATE = "create";
    static final String EDIT = "edit";
    static final String STATUS = "status";
    static final String COMMENT = "comment";

    private static final String REASON = ": ";

    private ActionAudit() {
    }

    /** The details in one readable line for the audit's before and after. */
    static String summary(ActionDetails details) {
        return "«" + details.title() + "» goal=" + details.goal().map(id -> id.value().toString()).orElse("-")
                + " kpi=" + details.kpi().map(Object::toString).orElse("-") + " channels=" + details.channels()
                + " owner=" + details.owner() + " due=" + details.due()
                + " window=" + details.effectWindow().days() + "d"
                + details.effect().map(effect -> " effect=" + effect.kpi() + " " + effect.direction() + " "
                + effect.size().toPlainString()).orElse("")
                + (details.hypothesis().isEmpty() ? "" : " hypothesis=«" + details.hypothesis() + "»");
    }

    static String created(CorrectiveAction action) {
        return action.status().name() + " " + summary(action.details());
    }

    static String status(CorrectiveAction action) {
        return action.status().name() + action.dropReason().map(reason -> REASON + reason).orElse("");
    }

    /** A status step read back from an audit entry; empty for entries that are no status step. */
    static Optional<ActionHistory.Step> step(AuditEntry entry) {
        if (CREATE.equals(entry.action())) {
            return Optional.of(new ActionHistory.Step(entry.at(), entry.actor(), Optional.empty(), ActionStatus.PROPOSED,
                    Optional.empty()));
        }
        if (!STATUS.equals(entry.action()) || entry.after() == null) {
            return Optional.empty();
        }
        String after = entry.after();
        int cut = after.indexOf(REASON);
        Optional<ActionStatus> to = status(cut < 0 ? after : after.substring(0, cut));
        Optional<String> reason = cut < 0 ? Optional.empty() : Optional.of(after.substring(cut + REASON.length()));
        return to.map(status -> new ActionHistory.Step(entry.at(), entry.actor(),
                Optional.ofNullable(entry.before()).flatMap(ActionAudit::status), status, reason));
    }

    private static Optional<ActionStatus> status(String code) {
        return Arrays.stream(ActionStatus.values()).filter(status -> status.name().equals(code)).findFirst();
    }
}

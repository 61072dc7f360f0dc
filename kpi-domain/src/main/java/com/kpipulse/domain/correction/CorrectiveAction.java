package com.kpipulse.domain.correction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A corrective action (seed 001, the third step of the cycle: correct): what the department decided to do about a
 * deviation, who does it by when, and how far it got. It refers to its goal and KPI by id. Its status moves forward
 * one step at a time ({@link ActionStatus#next()}); dropping it takes a reason, kept with it. Comments are added,
 * never changed.
 *
 * @param dropReason present exactly when the action is dropped
 * @param createdBy  the login of who proposed it
 */
public record CorrectiveAction(ActionId id, ActionDetails details, ActionStatus status, Optional<String> dropReason,
                               List<ActionComment> comments, String createdBy, Instant createdAt) {

    public CorrectiveAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dropReason, "dropReason");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        comments = List.copyOf(comments);
        if (dropReason.isPresent() != (status == ActionStatus.DROPPED)) {
            throw new IllegalArgumentException("A reason exactly when dropped: " + status + " " + dropReason);
        }
        if (dropReason.filter(reason -> reason.isBlank() || reason.length() > ActionDetails.MAX_TEXT).isPresent()) {
            throw new IllegalArgumentException("A reason for dropping of 1 to " + ActionDetails.MAX_TEXT + " characters");
        }
    }

    /** A new action: proposed, without comments. */
    public static CorrectiveAction propose(ActionId id, ActionDetails details, String by, Instant at) {
        return new CorrectiveAction(id, details, ActionStatus.PROPOSED, Optional.empty(), List.of(), by, at);
    }

    /** The same action with what a person decided changed; status and comments stay. */
    public CorrectiveAction with(ActionDetails changed) {
        return new CorrectiveAction(id, changed, status, dropReason, comments, createdBy, createdAt);
    }

    /**
     * The action moved to {@code next}, or why not: only a step {@link ActionStatus#next()} allows, dropping with a
     * reason ({@code reason} blank or null: none), and a reason only for dropping.
     */
    public StatusChange moveTo(ActionStatus next, String reason) {
        Objects.requireNonNull(next, "next");
        boolean reasoned = reason != null && !reason.isBlank();
        if (next == status) {
            return refused(StatusRefusal.ALREADY_THERE, status);
        }
        if (!status.open()) {
            return refused(StatusRefusal.CLOSED, status);
        }
        if (!status.mayMoveTo(next)) {
            return refused(StatusRefusal.NOT_ALLOWED, status, next);
        }
        if (next == ActionStatus.DROPPED && !reasoned) {
            return refused(StatusRefusal.REASON_REQUIRED);
        }
        if (next != ActionStatus.DROPPED && reasoned) {
            return refused(StatusRefusal.REASON_ONLY_WHEN_DROPPED, next);
        }
        Optional<String> kept = next == ActionStatus.DROPPED ? Optional.of(reason.strip()) : Optional.empty();
        return new StatusChange.Moved(new CorrectiveAction(id, details, next, kept, comments, createdBy, createdAt),
                status);
    }

    /** The action with one more comment, after the others. */
    public CorrectiveAction commented(ActionComment comment) {
        List<ActionComment> more = new ArrayList<>(comments);
        more.add(Objects.requireNonNull(comment, "comment"));
        return new CorrectiveAction(id, details, status, dropReason, more, createdBy, createdAt);
    }

    /** Still open after its due date: on {@code today} the due date is behind. */
    public boolean overdueOn(LocalDate today) {
        return status.open() && details.due().isBefore(today);
    }

    public boolean ownedBy(String login) {
        return details.owner().equalsIgnoreCase(login);
    }

    private static StatusChange refused(StatusRefusal kind, ActionStatus... statuses) {
        return new StatusChange.Refused(kind, List.of(statuses));
    }
}

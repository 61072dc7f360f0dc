package com.kpipulse.application.correction;

import java.util.Objects;
import java.util.Optional;

/**
 * What somebody changes on an action in one go, each part as they wrote it: the details (all of them, as a form or
 * the API sends them), the status (with the reason, when dropping) and a comment. Absent parts stay as they are.
 *
 * @param status     a status's code ({@code ACCEPTED}, …)
 * @param dropReason why it is dropped; null or blank: none
 */
public record ActionChange(Optional<ActionInput> details, Optional<String> status, String dropReason,
                           Optional<String> comment) {

    public ActionChange {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(comment, "comment");
    }

    public static ActionChange details(ActionInput input) {
        return new ActionChange(Optional.of(input), Optional.empty(), null, Optional.empty());
    }

    public static ActionChange status(String status, String dropReason) {
        return new ActionChange(Optional.empty(), Optional.of(status), dropReason, Optional.empty());
    }

    public static ActionChange comment(String text) {
        return new ActionChange(Optional.empty(), Optional.empty(), null, Optional.of(Objects.requireNonNullElse(text, "")));
    }

    /** Nothing to change. */
    public boolean empty() {
        return details.isEmpty() && status.isEmpty() && comment.isEmpty()
                && (dropReason == null || dropReason.isBlank());
    }
}

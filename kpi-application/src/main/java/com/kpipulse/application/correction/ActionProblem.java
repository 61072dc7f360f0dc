package com.kpipulse.application.correction;

import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.text.Message;

import java.util.Objects;

/**
 * One thing wrong with an action as a person wrote it: the field (as the API and the form name it: {@code title},
 * {@code owner}, {@code dueDate}, {@code expectedEffect.size}, {@code effectWindowDays}, {@code status}, …) and why,
 * as a message said late in the reader's language; its {@link Message#code()} is the stable code an API gives.
 */
public record ActionProblem(String field, Message reason) {

    public ActionProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    static ActionProblem of(String field, ActionProblemKind kind, Object... args) {
        return new ActionProblem(field, Message.of(kind, args));
    }

    static ActionProblem of(String field, InputProblem problem) {
        return new ActionProblem(field, problem.toMessage());
    }
}

package com.kpipulse.domain.kpi.formula;

import com.kpipulse.domain.text.Message;
import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a formula, with the 1-based position it concerns (0 when it concerns the
 * whole definition) and a message a marketer can read ({@link FormulaMessageKind}), said in their language late.
 */
public record FormulaProblem(ProblemKind kind, int position, Message message) {

    public FormulaProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (position < 0) {
            throw new IllegalArgumentException("position is 1-based, or 0 for the whole definition");
        }
    }

    public static FormulaProblem at(ProblemKind kind, int position, MessageKind message, Object... args) {
        return new FormulaProblem(kind, position, Message.of(message, args));
    }

    public String message(Locale locale) {
        return message.in(locale);
    }
}

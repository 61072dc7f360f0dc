package com.kpipulse.domain.kpi.formula;

import com.kpipulse.domain.LocalizedText;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a formula, with the 1-based position it concerns (0 when it concerns the
 * whole definition) and a message a marketer can read.
 */
public record FormulaProblem(ProblemKind kind, int position, LocalizedText message) {

    public FormulaProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        if (position < 0) {
            throw new IllegalArgumentException("position is 1-based, or 0 for the whole definition");
        }
    }

    public static FormulaProblem at(ProblemKind kind, int position, String ru, String en) {
        return new FormulaProblem(kind, position, LocalizedText.of(ru, en));
    }

    public String message(Locale locale) {
        return message.in(locale);
    }
}

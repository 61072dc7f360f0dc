package com.kpipulse.application.review;

import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.text.Message;

import java.util.Objects;

/**
 * One thing wrong with what a person sent about a review: the field (as the API and the forms name it: {@code week},
 * {@code order}, {@code item}, {@code text}, {@code attendance}, {@code ratings}, …) and why, said late in the reader's
 * language; its {@link Message#code()} is the stable code an API gives.
 */
public record ReviewProblem(String field, Message reason) {

    public ReviewProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
    }

    static ReviewProblem of(String field, ReviewProblemKind kind, Object... args) {
        return new ReviewProblem(field, Message.of(kind, args));
    }

    static ReviewProblem of(String field, InputProblem problem) {
        return new ReviewProblem(field, problem.toMessage());
    }
}

package com.kpipulse.domain.correction;

import java.time.Instant;
import java.util.Objects;

/** What somebody wrote on an action and when: progress, a result, a question. */
public record ActionComment(String author, Instant at, String text) {

    public ActionComment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("A comment says something");
        }
    }
}

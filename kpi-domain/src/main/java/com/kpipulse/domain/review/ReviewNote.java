package com.kpipulse.domain.review;

import com.kpipulse.domain.input.TextInput;

import java.time.Instant;
import java.util.Objects;

/**
 * What one participant wrote on an agenda item, a record of its own: two people writing at once each add theirs,
 * neither replaces the other's (ADR 16).
 */
public record ReviewNote(ReviewId review, int item, String author, Instant at, String text) {

    public static final int MAX_TEXT = TextInput.NOTE;

    public ReviewNote {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("A note of 1 to " + MAX_TEXT + " characters");
        }
    }
}

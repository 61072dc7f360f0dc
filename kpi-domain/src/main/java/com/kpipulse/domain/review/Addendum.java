package com.kpipulse.domain.review;

import com.kpipulse.domain.input.TextInput;

import java.time.Instant;
import java.util.Objects;

/** A dated correction to closed minutes: the minutes stay as they were frozen, the addendum follows them. */
public record Addendum(ReviewId review, String author, Instant at, String text) {

    public static final int MAX_TEXT = TextInput.NOTE;

    public Addendum {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("An addendum of 1 to " + MAX_TEXT + " characters");
        }
    }
}

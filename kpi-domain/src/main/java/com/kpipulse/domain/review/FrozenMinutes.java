package com.kpipulse.domain.review;

import com.kpipulse.domain.LocalizedText;

import java.time.Instant;
import java.util.Objects;

/**
 * The minutes of a closed review as they were written when it closed, in Markdown in both languages, with the
 * figures of the week as the meeting saw them: kept as they are, whatever the cycle of that week says later.
 */
public record FrozenMinutes(ReviewId review, Instant frozenAt, LocalizedText markdown) {

    public FrozenMinutes {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(frozenAt, "frozenAt");
        Objects.requireNonNull(markdown, "markdown");
    }
}

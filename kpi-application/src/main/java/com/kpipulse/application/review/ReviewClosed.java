package com.kpipulse.application.review;

import com.kpipulse.domain.review.ReviewId;

import java.util.List;
import java.util.Objects;

/** A review was closed and its minutes frozen; the recaps for its participants are written, not yet sent. */
public record ReviewClosed(ReviewId review, List<Recap> recaps) {

    public ReviewClosed {
        Objects.requireNonNull(review, "review");
        recaps = List.copyOf(recaps);
    }
}

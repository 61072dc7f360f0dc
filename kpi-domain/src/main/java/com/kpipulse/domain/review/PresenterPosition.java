package com.kpipulse.domain.review;

import java.time.Instant;
import java.util.Objects;

/**
 * Where the presenter of a review is: the item shown, who moved there and when, and since when the meeting is in the
 * item's section (the moment the presenter entered it), so every screen times the section alike.
 */
public record PresenterPosition(ReviewId review, int item, String movedBy, Instant movedAt, Instant sectionSince) {

    public PresenterPosition {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(movedBy, "movedBy");
        Objects.requireNonNull(movedAt, "movedAt");
        Objects.requireNonNull(sectionSince, "sectionSince");
        if (item < 1) {
            throw new IllegalArgumentException("Items are numbered from 1, got " + item);
        }
        if (sectionSince.isAfter(movedAt)) {
            throw new IllegalArgumentException("In the section since " + sectionSince + ", after the move " + movedAt);
        }
    }
}

package com.kpipulse.application.review;

import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.review.Addendum;
import com.kpipulse.domain.review.FrozenMinutes;
import com.kpipulse.domain.review.ReviewNote;
import com.kpipulse.domain.review.WeeklyReview;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A review as a reader reads it: the review at its version, the notes on its items, its minutes and addenda. */
public record ReviewRecord(Versioned<WeeklyReview> review, List<ReviewNote> notes, Optional<FrozenMinutes> minutes,
                           List<Addendum> addenda) {

    public ReviewRecord {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(minutes, "minutes");
        notes = List.copyOf(notes);
        addenda = List.copyOf(addenda);
    }

    /** The notes on one item, in the order they were written. */
    public List<ReviewNote> notesOn(int item) {
        return notes.stream().filter(note -> note.item() == item).toList();
    }
}

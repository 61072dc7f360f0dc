package com.kpipulse.application.testing;

import com.kpipulse.application.review.WeeklyReviews;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.review.Addendum;
import com.kpipulse.domain.review.FrozenMinutes;
import com.kpipulse.domain.review.ReviewId;
import com.kpipulse.domain.review.ReviewNote;
import com.kpipulse.domain.review.WeeklyReview;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Weekly reviews in maps, as {@code weekly_review} and its tables keep them (V26): versioned from 1, one open review
 * per week, a closed review never replaced, notes only on open reviews and addenda only on closed ones, each in the
 * order written, minutes frozen once; times to the microsecond.
 */
public final class InMemoryWeeklyReviews implements WeeklyReviews {

    private final Map<ReviewId, Versioned<WeeklyReview>> kept = new HashMap<>();
    private final List<ReviewNote> notes = new ArrayList<>();
    private final List<Addendum> addenda = new ArrayList<>();
    private final Map<ReviewId, FrozenMinutes> minutes = new HashMap<>();

    @Override
    public synchronized Creation create(WeeklyReview review) {
        Optional<Versioned<WeeklyReview>> open = openFor(review.week());
        if (open.isPresent()) {
            return new Creation.WeekTaken(open.get().value().id());
        }
        kept.put(review.id(), new Versioned<>(asStored(review), 1));
        return new Creation.Created();
    }

    @Override
    public synchronized VersionedWrite replace(WeeklyReview review, ExpectedVersion expected) {
        Versioned<WeeklyReview> before = kept.get(review.id());
        if (before == null) {
            return new VersionedWrite.Missing();
        }
        if (!before.value().open() || !expected.admits(before.version())) {
            return new VersionedWrite.Stale(before.version());
        }
        kept.put(review.id(), new Versioned<>(asStored(review), before.version() + 1));
        return new VersionedWrite.Written(before.version() + 1);
    }

    @Override
    public synchronized Optional<Versioned<WeeklyReview>> find(ReviewId id) {
        return Optional.ofNullable(kept.get(id));
    }

    @Override
    public synchronized Optional<Versioned<WeeklyReview>> openFor(CyclePeriod week) {
        return kept.values().stream().filter(review -> review.value().open() && review.value().week().equals(week))
                .findFirst();
    }

    @Override
    public synchronized List<Versioned<WeeklyReview>> latest(int limit) {
        return kept.values().stream()
                .sorted(Comparator.comparing((Versioned<WeeklyReview> review) -> review.value().week()).reversed()
                        .thenComparing(review -> review.value().startedAt(), Comparator.reverseOrder())
                        .thenComparing(review -> review.value().id().value()))
                .limit(limit).toList();
    }

    @Override
    public synchronized Appending addNote(ReviewNote note) {
        Versioned<WeeklyReview> review = kept.get(note.review());
        if (review == null) {
            return Appending.MISSING;
        }
        if (!review.value().open()) {
            return Appending.REFUSED;
        }
        notes.add(new ReviewNote(note.review(), note.item(), note.author(), note.at().truncatedTo(ChronoUnit.MICROS),
                note.text()));
        return Appending.APPENDED;
    }

    @Override
    public synchronized List<ReviewNote> notes(ReviewId review) {
        return notes.stream().filter(note -> note.review().equals(review)).toList();
    }

    @Override
    public synchronized void freeze(FrozenMinutes frozen) {
        if (minutes.putIfAbsent(frozen.review(), new FrozenMinutes(frozen.review(),
                frozen.frozenAt().truncatedTo(ChronoUnit.MICROS), frozen.markdown())) != null) {
            throw new IllegalStateException("The minutes of " + frozen.review() + " are frozen already");
        }
    }

    @Override
    public synchronized Optional<FrozenMinutes> minutes(ReviewId review) {
        return Optional.ofNullable(minutes.get(review));
    }

    @Override
    public synchronized Appending addAddendum(Addendum addendum) {
        Versioned<WeeklyReview> review = kept.get(addendum.review());
        if (review == null) {
            return Appending.MISSING;
        }
        if (review.value().open()) {
            return Appending.REFUSED;
        }
        addenda.add(new Addendum(addendum.review(), addendum.author(), addendum.at().truncatedTo(ChronoUnit.MICROS),
                addendum.text()));
        return Appending.APPENDED;
    }

    @Override
    public synchronized List<Addendum> addenda(ReviewId review) {
        return addenda.stream().filter(addendum -> addendum.review().equals(review)).toList();
    }

    private static WeeklyReview asStored(WeeklyReview review) {
        return new WeeklyReview(review.id(), review.week(), review.status(), review.startedBy(),
                review.startedAt().truncatedTo(ChronoUnit.MICROS), review.items(), review.attendance(), review.ratings(),
                review.closedBy(), review.closedAt().map(at -> at.truncatedTo(ChronoUnit.MICROS)));
    }
}

package com.kpipulse.domain.review;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A review walked item by item, as its presenter shows it: the items the meeting goes through ({@link
 * WeeklyReview#kept()}), the one shown now (where the presenter moved last; the first item until she moves, or when
 * the item she was on has been dropped since) and those before and after it.
 */
public record Presentation(WeeklyReview review, Optional<PresenterPosition> position) {

    public Presentation {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(position, "position");
    }

    /** The item shown now; empty only when every item is dropped. */
    public Optional<AgendaItem> current() {
        List<AgendaItem> kept = review.kept();
        return position.flatMap(at -> kept.stream().filter(item -> item.number() == at.item()).findFirst())
                .or(() -> kept.stream().findFirst());
    }

    /** 1 for the first item the meeting goes through; 0 when there is none. */
    public int place() {
        return current().map(item -> review.kept().indexOf(item) + 1).orElse(0);
    }

    public Optional<AgendaItem> previous() {
        int place = place();
        return place > 1 ? Optional.of(review.kept().get(place - 2)) : Optional.empty();
    }

    public Optional<AgendaItem> next() {
        int place = place();
        List<AgendaItem> kept = review.kept();
        return place > 0 && place < kept.size() ? Optional.of(kept.get(place)) : Optional.empty();
    }

    /**
     * Whether {@code number} is an item the presenter may move to: one of the review, not dropped, while the review is
     * open.
     */
    public boolean mayMoveTo(int number) {
        return review.open() && review.kept().stream().anyMatch(item -> item.number() == number);
    }

    /**
     * The presenter moved to item {@code number} by {@code by} at {@code at}; the section's clock goes on when the item
     * is of the section shown now, and starts again at {@code at} when the move enters another.
     */
    public PresenterPosition movedTo(int number, String by, Instant at) {
        AgendaSection section = review.item(number).orElseThrow(() -> new IllegalArgumentException(
                "No item " + number)).section();
        Instant since = position.filter(now -> current().map(AgendaItem::section).orElse(null) == section)
                .map(PresenterPosition::sectionSince).filter(start -> !start.isAfter(at)).orElse(at);
        return new PresenterPosition(review.id(), number, by, at, since);
    }
}

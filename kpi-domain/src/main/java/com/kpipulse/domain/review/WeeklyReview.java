package com.kpipulse.domain.review;

import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.cycle.CyclePeriod;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * The department's weekly review (issue 15): the week it looks at, who started it, its agenda in the order the meeting
 * goes through it, who attended and, once it is closed, who closed it, when, and the 1–10 rating each participant
 * gave the meeting. An open review changes (its agenda reordered, items dropped or added, decisions written,
 * attendance taken); a closed one does not: its minutes are frozen ({@link FrozenMinutes}) and corrected only by
 * dated addenda. Notes on items are records of their own ({@link ReviewNote}).
 *
 * @param attendance the logins of who attended, each once, in the order recorded
 * @param ratings    each participant's rating of the meeting, 1 to 10, by login; only a closed review has them
 */
public record WeeklyReview(ReviewId id, CyclePeriod week, ReviewStatus status, String startedBy, Instant startedAt,
                           List<AgendaItem> items, List<String> attendance, Map<String, Integer> ratings,
                           Optional<String> closedBy, Optional<Instant> closedAt) {

    /** The lowest and highest rating a participant gives the meeting. */
    public static final int LOWEST_RATING = 1;
    public static final int HIGHEST_RATING = 10;

    public WeeklyReview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(startedBy, "startedBy");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(closedBy, "closedBy");
        Objects.requireNonNull(closedAt, "closedAt");
        items = List.copyOf(items);
        attendance = List.copyOf(attendance);
        ratings = Collections.unmodifiableSortedMap(new TreeMap<>(ratings));
        Set<Integer> numbers = new HashSet<>();
        items.forEach(item -> {
            if (!numbers.add(item.number())) {
                throw new IllegalArgumentException("Item " + item.number() + " twice");
            }
        });
        if (new LinkedHashSet<>(attendance).size() != attendance.size()) {
            throw new IllegalArgumentException("Each participant once: " + attendance);
        }
        boolean closed = status == ReviewStatus.CLOSED;
        if (closedBy.isPresent() != closed || closedAt.isPresent() != closed || !closed && !ratings.isEmpty()) {
            throw new IllegalArgumentException("Who closed it, when and the ratings exactly when closed: " + status);
        }
        if (ratings.values().stream().anyMatch(rating -> !ratingFits(rating))) {
            throw new IllegalArgumentException("Ratings from 1 to 10: " + ratings);
        }
    }

    /** A review just started: open, with its generated agenda, nobody recorded as attending. */
    public static WeeklyReview start(ReviewId id, CyclePeriod week, List<AgendaItem> agenda, String by, Instant at) {
        return new WeeklyReview(id, week, ReviewStatus.OPEN, by, at, agenda, List.of(), Map.of(), Optional.empty(),
                Optional.empty());
    }

    public static boolean ratingFits(int rating) {
        return rating >= LOWEST_RATING && rating <= HIGHEST_RATING;
    }

    public boolean open() {
        return status == ReviewStatus.OPEN;
    }

    public Optional<AgendaItem> item(int number) {
        return items.stream().filter(item -> item.number() == number).findFirst();
    }

    /** The items the meeting goes through: those not dropped, in order. */
    public List<AgendaItem> kept() {
        return items.stream().filter(item -> !item.dropped()).toList();
    }

    /** The average of the participants' ratings, to one decimal; empty while nobody rated the meeting. */
    public Optional<BigDecimal> averageRating() {
        if (ratings.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal sum = BigDecimal.valueOf(ratings.values().stream().mapToInt(Integer::intValue).sum());
        return Optional.of(sum.divide(BigDecimal.valueOf(ratings.size()), 1, RoundingMode.HALF_UP));
    }

    /** Every action decided in the review, item by item. */
    public List<ActionId> actions() {
        return items.stream().flatMap(item -> item.actions().stream()).distinct().toList();
    }

    /** The agenda in a new order: {@code numbers} names every item once. */
    public ReviewChange reordered(List<Integer> numbers) {
        if (!open()) {
            return refused(ReviewRefusal.CLOSED);
        }
        List<AgendaItem> ordered = new ArrayList<>();
        for (Integer number : numbers) {
            Optional<AgendaItem> item = number == null ? Optional.empty() : item(number);
            if (item.isEmpty()) {
                return refused(ReviewRefusal.NO_SUCH_ITEM, number);
            }
            ordered.add(item.get());
        }
        if (new HashSet<>(numbers).size() != numbers.size() || ordered.size() != items.size()) {
            return refused(ReviewRefusal.NOT_AN_ORDER, numbers.size(), items.size());
        }
        return changed(ordered);
    }

    /** The item dropped from the meeting, or taken back ({@code drop} false). */
    public ReviewChange dropped(int number, boolean drop) {
        return withItem(number, item -> item.dropped(drop));
    }

    /** A free item the head adds, at the end of its section, with the section's time box, numbered after the others. */
    public ReviewChange added(AgendaSection section, String title) {
        if (!open()) {
            return refused(ReviewRefusal.CLOSED);
        }
        int number = items.stream().mapToInt(AgendaItem::number).max().orElse(0) + 1;
        AgendaItem added = AgendaItem.of(number, section, new AgendaSubject.Free(title));
        List<AgendaItem> more = new ArrayList<>(items);
        int at = 0;
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).section().number() <= section.number()) {
                at = i + 1;
            }
        }
        more.add(at, added);
        return changed(more);
    }

    /** The item's decision written, if nobody changed it since the writer read it at {@code readAt}. */
    public ReviewChange decided(int number, String decision, long readAt) {
        Optional<AgendaItem> item = item(number);
        if (open() && item.isPresent() && item.get().decisionVersion() != readAt) {
            return new ReviewChange.StaleDecision(item.get().decisionVersion());
        }
        return withItem(number, found -> found.decided(decision));
    }

    /** An action decided on the item. */
    public ReviewChange withAction(int number, ActionId action) {
        return withItem(number, item -> item.actions().contains(action) ? item : item.withAction(action));
    }

    /** Who attended, replacing what was recorded before. */
    public ReviewChange attended(List<String> logins) {
        if (!open()) {
            return refused(ReviewRefusal.CLOSED);
        }
        return new ReviewChange.Changed(new WeeklyReview(id, week, status, startedBy, startedAt, items,
                logins.stream().distinct().toList(), ratings, closedBy, closedAt));
    }

    /** The review closed by {@code by} at {@code at}, with the ratings participants who attended gave it. */
    public ReviewChange closed(String by, Instant at, Map<String, Integer> given) {
        if (!open()) {
            return refused(ReviewRefusal.CLOSED);
        }
        for (Map.Entry<String, Integer> rating : new TreeMap<>(given).entrySet()) {
            if (!attendance.contains(rating.getKey())) {
                return refused(ReviewRefusal.RATED_ABSENT, rating.getKey());
            }
            if (rating.getValue() == null || !ratingFits(rating.getValue())) {
                return refused(ReviewRefusal.RATING_OUT_OF_RANGE, rating.getKey(), rating.getValue());
            }
        }
        return new ReviewChange.Changed(new WeeklyReview(id, week, ReviewStatus.CLOSED, startedBy, startedAt, items,
                attendance, given, Optional.of(by), Optional.of(at)));
    }

    private ReviewChange withItem(int number, UnaryOperator<AgendaItem> change) {
        if (!open()) {
            return refused(ReviewRefusal.CLOSED);
        }
        if (item(number).isEmpty()) {
            return refused(ReviewRefusal.NO_SUCH_ITEM, number);
        }
        return changed(items.stream().map(item -> item.number() == number ? change.apply(item) : item).toList());
    }

    private ReviewChange changed(List<AgendaItem> agenda) {
        return new ReviewChange.Changed(new WeeklyReview(id, week, status, startedBy, startedAt, agenda, attendance,
                ratings, closedBy, closedAt));
    }

    private static ReviewChange refused(ReviewRefusal kind, Object... args) {
        return new ReviewChange.Refused(kind, java.util.Arrays.stream(args)
                .map(arg -> arg == null ? (Object) "" : arg).toList());
    }
}

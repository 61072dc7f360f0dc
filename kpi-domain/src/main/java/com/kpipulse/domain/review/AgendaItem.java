package com.kpipulse.domain.review;

import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.input.TextInput;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * One item of a weekly review's agenda: its number (stable within the review, whatever the order: pages and notes
 * name the item by it), its section, what it is about, its time box, whether the head dropped it, the decision taken
 * on it and the actions decided on it. The decision has a version of its own (0 while none was written, one more
 * with every change), so a decision written over one somebody else changed meanwhile is refused.
 *
 * @param decision "" while none was taken
 */
public record AgendaItem(int number, AgendaSection section, AgendaSubject subject, int minutes, boolean dropped,
                         String decision, long decisionVersion, List<ActionId> actions) {

    /** The longest time box of one item: two hours. */
    public static final int MOST_MINUTES = 120;
    /** The longest decision. */
    public static final int MAX_DECISION = TextInput.NOTE;

    public AgendaItem {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(decision, "decision");
        actions = List.copyOf(actions);
        if (number < 1) {
            throw new IllegalArgumentException("Items are numbered from 1, got " + number);
        }
        if (minutes < 1 || minutes > MOST_MINUTES) {
            throw new IllegalArgumentException("A time box of 1 to " + MOST_MINUTES + " minutes, got " + minutes);
        }
        if (decision.length() > MAX_DECISION || decisionVersion < 0) {
            throw new IllegalArgumentException("A decision of at most " + MAX_DECISION + " characters");
        }
        if (new LinkedHashSet<>(actions).size() != actions.size()) {
            throw new IllegalArgumentException("Each action once: " + actions);
        }
    }

    /** A new item with its section's time box, kept, without decision or actions. */
    public static AgendaItem of(int number, AgendaSection section, AgendaSubject subject) {
        return of(number, section, subject, section.defaultMinutes());
    }

    /** A new item with its share of its section's time box, kept, without decision or actions. */
    public static AgendaItem of(int number, AgendaSection section, AgendaSubject subject, int minutes) {
        return new AgendaItem(number, section, subject, minutes, false, "", 0, List.of());
    }

    public AgendaItem dropped(boolean drop) {
        return new AgendaItem(number, section, subject, minutes, drop, decision, decisionVersion, actions);
    }

    /** The item with {@code text} as its decision, at the next decision version. */
    public AgendaItem decided(String text) {
        return new AgendaItem(number, section, subject, minutes, dropped, text, decisionVersion + 1, actions);
    }

    /** The item with one more action decided on it, after the others. */
    public AgendaItem withAction(ActionId action) {
        List<ActionId> more = new ArrayList<>(actions);
        more.add(Objects.requireNonNull(action, "action"));
        return new AgendaItem(number, section, subject, minutes, dropped, decision, decisionVersion, more);
    }

    public boolean decidedSomething() {
        return !decision.isEmpty();
    }
}

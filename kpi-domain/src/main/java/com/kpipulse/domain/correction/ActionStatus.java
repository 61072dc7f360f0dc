package com.kpipulse.domain.correction;

import com.kpipulse.domain.LocalizedText;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a corrective action stands (seed 001: correct): proposed after a deviation, accepted by the department, in
 * progress, done, or dropped with a reason. An action moves forward one step at a time and may be dropped while it is
 * open; done and dropped are final.
 */
public enum ActionStatus {
    PROPOSED("предложено", "proposed"),
    ACCEPTED("принято", "accepted"),
    IN_PROGRESS("в работе", "in progress"),
    DONE("выполнено", "done"),
    DROPPED("отменено", "dropped");

    private final LocalizedText name;

    ActionStatus(String ru, String en) {
        this.name = LocalizedText.of(ru, en);
    }

    /** The status in a word or two, in both languages. */
    public LocalizedText label() {
        return name;
    }

    /** The statuses this one may move to. */
    public Set<ActionStatus> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(ACCEPTED, DROPPED);
            case ACCEPTED -> EnumSet.of(IN_PROGRESS, DROPPED);
            case IN_PROGRESS -> EnumSet.of(DONE, DROPPED);
            case DONE, DROPPED -> EnumSet.noneOf(ActionStatus.class);
        };
    }

    /** Still to be done: neither done nor dropped. */
    public boolean open() {
        return this != DONE && this != DROPPED;
    }

    public boolean mayMoveTo(ActionStatus other) {
        return next().contains(other);
    }
}

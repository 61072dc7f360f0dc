package com.kpipulse.domain.correction;

import com.kpipulse.domain.text.MessageKind;

import java.util.Locale;

/**
 * Why an action's status was not changed; the sentences stand in the texts bundle under {@code action.<kind>}, with
 * the statuses as arguments, named in the reader's language.
 */
public enum StatusRefusal implements MessageKind {
    /** {0} the status now, {1} the one asked for: not a step this status may take. */
    NOT_ALLOWED,
    /** {0} the status: the action is there already. */
    ALREADY_THERE,
    /** {0} the status: done and dropped actions stay as they are. */
    CLOSED,
    /** Dropping an action takes a reason. */
    REASON_REQUIRED,
    /** {0} the status asked for: only a dropped action has a reason. */
    REASON_ONLY_WHEN_DROPPED;

    @Override
    public String key() {
        return "action." + name().toLowerCase(Locale.ROOT);
    }
}

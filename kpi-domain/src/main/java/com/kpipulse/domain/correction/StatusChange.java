package com.kpipulse.domain.correction;

import com.kpipulse.domain.text.Message;

import java.util.List;
import java.util.Objects;

/** What asking an action to move to another status gave: the moved action, or why it stays where it is. */
public sealed interface StatusChange {

    record Moved(CorrectiveAction action, ActionStatus from) implements StatusChange {
        public Moved {
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(from, "from");
        }
    }

    /** Not moved: the kind of refusal and the statuses it names, said late in the reader's language. */
    record Refused(StatusRefusal kind, List<ActionStatus> statuses) implements StatusChange {
        public Refused {
            Objects.requireNonNull(kind, "kind");
            statuses = List.copyOf(statuses);
        }

        public Message message() {
            return Message.of(kind, statuses.stream().map(ActionStatus::label).toArray());
        }
    }
}

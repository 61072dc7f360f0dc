package com.kpipulse.domain.review;

import com.kpipulse.domain.text.Message;

import java.util.List;
import java.util.Objects;

/** What asking a review to change gave: the changed review, a stale decision, or why it stays as it is. */
public sealed interface ReviewChange {

    record Changed(WeeklyReview review) implements ReviewChange {
        public Changed {
            Objects.requireNonNull(review, "review");
        }
    }

    /** The item's decision changed since the writer read it; it is now at {@code currentVersion}. */
    record StaleDecision(long currentVersion) implements ReviewChange {
    }

    /** Not changed: the kind of refusal and what it names, said late in the reader's language. */
    record Refused(ReviewRefusal kind, List<Object> args) implements ReviewChange {
        public Refused {
            Objects.requireNonNull(kind, "kind");
            args = List.copyOf(args);
        }

        public Message message() {
            return Message.of(kind, args.toArray());
        }
    }
}

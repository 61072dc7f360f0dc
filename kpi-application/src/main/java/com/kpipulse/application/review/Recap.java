package com.kpipulse.application.review;

import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.domain.review.ReviewId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What one participant is told when a review closes, in no language yet: the week, the decisions taken item by item,
 * the actions taken in the review with their owners and due dates, the week's KPIs off track, and the meeting's
 * average rating; each as the participant may read it (an action or a KPI they may not read is left out). The door
 * that mails it says it in the participant's language.
 *
 * @param averageRating empty when nobody rated the meeting
 */
public record Recap(ReviewId review, CyclePeriod week, Recipient to, List<Decision> decisions,
                   List<ActionTaken> actions, List<OffTrack> offTrack, Optional<BigDecimal> averageRating) {

    public Recap {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(week, "week");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(averageRating, "averageRating");
        decisions = List.copyOf(decisions);
        actions = List.copyOf(actions);
        offTrack = List.copyOf(offTrack);
    }

    /**
     * A participant with an address.
     *
     * @param language the language they chose; empty when unknown (then Russian, the department's)
     */
    public record Recipient(String login, String name, String address, Optional<Locale> language) {
        public Recipient {
            Objects.requireNonNull(login, "login");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(language, "language");
        }
    }

    /** The decision taken on an agenda item, with what the item is about. */
    public record Decision(int item, AgendaSubject subject, String text) {
        public Decision {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(text, "text");
        }
    }

    /** An action taken in the review: its title, its owner (login and name) and when it is due. */
    public record ActionTaken(String title, String owner, String ownerName, LocalDate due) {
        public ActionTaken {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(ownerName, "ownerName");
            Objects.requireNonNull(due, "due");
        }
    }

    /** A KPI off track in the week's cycle, in total ({@code channel} empty) or in one channel. */
    public record OffTrack(KpiCode kpi, Optional<String> channel) {
        public OffTrack {
            Objects.requireNonNull(kpi, "kpi");
            Objects.requireNonNull(channel, "channel");
        }
    }
}

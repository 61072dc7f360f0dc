package com.kpipulse.web.review;

import com.kpipulse.application.review.ReviewRecord;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.AgendaSubject;
import com.kpipulse.domain.review.WeeklyReview;
import com.kpipulse.web.correction.ActionNames;

import java.time.Instant;
import java.util.List;

/**
 * A weekly review as the API gives it: its week, status and people (login and name), its agenda in order with each
 * item's subject by kind and code, its time box, whether it was dropped, its decision with the decision's version and
 * its notes; the addenda and when the minutes were frozen once it is closed; its version (also its ETag).
 *
 * @param minutesFrozenAt null while the review is open
 */
public record ReviewJson(String id, String week, String status, PersonJson startedBy, Instant startedAt,
                         PersonJson closedBy, Instant closedAt, List<ParticipantJson> attendance, List<ItemJson> items,
                         List<TextJson> addenda, Instant minutesFrozenAt, long version) {

    public record PersonJson(String login, String name) {
        static PersonJson of(String login, ActionNames names) {
            return login == null ? null : new PersonJson(login, names.person(login));
        }
    }

    /** Who attended, with their rating of the meeting once it is closed (null before). */
    public record ParticipantJson(String login, String name, Integer rating) {
    }

    /**
     * An agenda item. {@code kind} is ACTION, GOAL, KPI, DATA_PROBLEM, ANOMALY, TO_DECIDE, CONCLUSION or FREE; the
     * fields its kind names are set, the others null.
     */
    public record ItemJson(int number, int section, String kind, String action, String goal, String kpi,
                           String channel, Boolean offTrackThreeInARow, String source, String anomaly, String cause,
                           String title, int minutes, boolean dropped, String decision, long decisionVersion,
                           List<String> actions, List<TextJson> notes) {
    }

    /** A note or an addendum: who wrote it, when, what. */
    public record TextJson(PersonJson author, Instant at, String text) {
    }

    /** A review in the history's list. */
    public record SummaryJson(String id, String week, String status, PersonJson startedBy, Instant startedAt,
                              Instant closedAt, long decisions, long version) {
    }

    static ReviewJson of(ReviewRecord record, ActionNames names) {
        WeeklyReview review = record.review().value();
        return new ReviewJson(review.id().toString(), review.week().code(), review.status().name(),
                PersonJson.of(review.startedBy(), names), review.startedAt(),
                PersonJson.of(review.closedBy().orElse(null), names), review.closedAt().orElse(null),
                review.attendance().stream().map(login -> new ParticipantJson(login, names.person(login),
                        review.ratings().get(login))).toList(),
                review.items().stream().map(item -> item(item, record, names)).toList(),
                record.addenda().stream().map(addendum -> new TextJson(PersonJson.of(addendum.author(), names),
                        addendum.at(), addendum.text())).toList(),
                record.minutes().map(minutes -> minutes.frozenAt()).orElse(null), record.review().version());
    }

    static SummaryJson summary(Versioned<WeeklyReview> versioned, ActionNames names) {
        WeeklyReview review = versioned.value();
        return new SummaryJson(review.id().toString(), review.week().code(), review.status().name(),
                PersonJson.of(review.startedBy(), names), review.startedAt(), review.closedAt().orElse(null),
                review.items().stream().filter(AgendaItem::decidedSomething).count(), versioned.version());
    }

    private static ItemJson item(AgendaItem item, ReviewRecord record, ActionNames names) {
        String kind = null;
        String action = null;
        String goal = null;
        String kpi = null;
        String channel = null;
        Boolean streak = null;
        String source = null;
        String anomaly = null;
        String cause = null;
        String title = null;
        switch (item.subject()) {
            case AgendaSubject.Action subject -> {
                kind = "ACTION";
                action = subject.action().toString();
            }
            case AgendaSubject.Goal subject -> {
                kind = "GOAL";
                goal = subject.goal().value().toString();
            }
            case AgendaSubject.Kpi subject -> {
                kind = "KPI";
                kpi = subject.kpi().value();
                channel = subject.channel().orElse(null);
                streak = subject.offTrackThreeInARow();
            }
            case AgendaSubject.DataProblem subject -> {
                kind = "DATA_PROBLEM";
                source = subject.source();
            }
            case AgendaSubject.Anomaly subject -> {
                kind = "ANOMALY";
                anomaly = subject.anomaly();
            }
            case AgendaSubject.ToDecide subject -> {
                kind = "TO_DECIDE";
                kpi = subject.kpi().value();
                channel = subject.channel().orElse(null);
                cause = subject.cause().name();
            }
            case AgendaSubject.Conclusion subject -> kind = "CONCLUSION";
            case AgendaSubject.Free subject -> {
                kind = "FREE";
                title = subject.title();
            }
        }
        return new ItemJson(item.number(), item.section().number(), kind, action, goal, kpi, channel, streak, source,
                anomaly, cause, title, item.minutes(), item.dropped(), item.decision(), item.decisionVersion(),
                item.actions().stream().map(Object::toString).toList(),
                record.notesOn(item.number()).stream().map(note -> new TextJson(PersonJson.of(note.author(), names),
                        note.at(), note.text())).toList());
    }
}

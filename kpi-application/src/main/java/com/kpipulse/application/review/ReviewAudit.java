package com.kpipulse.application.review;

import com.kpipulse.domain.review.AgendaItem;
import com.kpipulse.domain.review.WeeklyReview;

import java.util.stream.Collectors;

/**
 * How reviews are written into the audit trail: subject {@value #SUBJECT}, the review's id, actions {@code start},
 * {@code agenda}, {@code decision}, {@code attendance}, {@code note}, {@code action} (an action taken on an item),
 * {@code close} and {@code addendum}.
 */
final class ReviewAudit {

    static final String SUBJECT = "weekly_review";
    static final String START = "start";
    static final String AGENDA = "agenda";
    static final String DECISION = "decision";
    static final String ATTENDANCE = "attendance";
    static final String NOTE = "note";
    static final String CLOSE = "close";
    static final String ADDENDUM = "addendum";
    static final String ACTION = "action";

    private ReviewAudit() {
    }

    /** The agenda in one line: each item's number, section and whether it was dropped, in order. */
    static String agenda(WeeklyReview review) {
        return review.week().code() + " " + review.items().stream().map(ReviewAudit::item)
                .collect(Collectors.joining(" "));
    }

    static String item(AgendaItem item) {
        return item.number() + "/" + item.section().number() + (item.dropped() ? "-" : "");
    }
}

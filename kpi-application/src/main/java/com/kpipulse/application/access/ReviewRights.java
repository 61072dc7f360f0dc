package com.kpipulse.application.access;

import com.kpipulse.domain.review.WeeklyReview;
import com.kpipulse.domain.scorecard.Role;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with the weekly reviews, the one place these rules live (issue 15):
 * <ul>
 *     <li>admins and the marketing head run reviews: start one, edit its agenda, write decisions, take attendance,
 *     close it and write addenda to its minutes;</li>
 *     <li>marketers and the SMM specialist follow a review and add notes to its items;</li>
 *     <li>the viewer reads the minutes of closed reviews only.</li>
 * </ul>
 */
public final class ReviewRights {

    private static final Set<Role> RUN = EnumSet.of(Role.ADMIN, Role.MARKETING_HEAD);
    private static final Set<Role> FOLLOW = EnumSet.of(Role.ADMIN, Role.MARKETING_HEAD, Role.MARKETER,
            Role.SMM_SPECIALIST);

    private ReviewRights() {
    }

    /** Whether the reader runs reviews: starts, edits, decides, takes attendance, closes, writes addenda. */
    public static boolean mayRun(Reader reader) {
        return reader.roles().stream().anyMatch(RUN::contains);
    }

    /** Whether the reader follows open reviews and adds notes to their items. */
    public static boolean mayFollow(Reader reader) {
        return reader.roles().stream().anyMatch(FOLLOW::contains);
    }

    /** Whether the reader may read the review: followers every one, anybody with a role the closed ones' minutes. */
    public static boolean mayRead(Reader reader, WeeklyReview review) {
        return mayFollow(reader) || !review.open() && !reader.roles().isEmpty();
    }
}

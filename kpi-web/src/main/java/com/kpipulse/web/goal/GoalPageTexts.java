package com.kpipulse.web.goal;

import com.kpipulse.web.text.Bundles;

import java.util.Locale;

/** The goal pages' texts in a language, and the note a page shows after the action it was sent back from. */
final class GoalPageTexts {

    private GoalPageTexts() {
    }

    static GoalPageMessages messages(Locale locale) {
        return Bundles.of(GoalPageMessages.class, locale);
    }

    /** The note after an action the page was sent back to show; anything else shows none. */
    static String notice(String done, GoalPageMessages messages) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "created" -> messages.done_created();
            case "archived" -> messages.done_archived();
            case "unarchived" -> messages.done_unarchived();
            case "deleted" -> messages.done_deleted();
            default -> null;
        };
    }
}

package com.kpipulse.web.scorecard;

import com.kpipulse.domain.evaluation.Status;

import java.util.Locale;

/** A status as an icon and a word, so it never depends on colour alone; {@code key} names the CSS class. */
public record StatusView(String key, String icon, String label) {

    public static StatusView of(Status status, Locale locale) {
        return switch (status) {
            case ON_TRACK -> new StatusView("on-track", "✓", status.label().in(locale));
            case AT_RISK -> new StatusView("at-risk", "!", status.label().in(locale));
            case OFF_TRACK -> new StatusView("off-track", "✕", status.label().in(locale));
            case NO_DATA -> new StatusView("no-data", "—", status.label().in(locale));
        };
    }

    /** A target that is set but not judged yet: its period has not begun. */
    public static StatusView upcoming(String label) {
        return new StatusView("upcoming", "◷", label);
    }

    public static StatusView noTarget(String label) {
        return new StatusView("no-target", "○", label);
    }
}

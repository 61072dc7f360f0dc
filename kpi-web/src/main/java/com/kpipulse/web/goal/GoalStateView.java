package com.kpipulse.web.goal;

import com.kpipulse.application.goal.GoalStanding;
import com.kpipulse.domain.evaluation.Status;

/** A goal's state or a KPI's pace as an icon and a word, never by colour alone; {@code key} names the CSS class. */
public record GoalStateView(String key, String icon, String label) {

    static GoalStateView of(GoalStanding.State state, GoalPageMessages messages) {
        return switch (state) {
            case ON_TRACK -> new GoalStateView("on-track", "✓", messages.state_on_track());
            case AT_RISK -> new GoalStateView("at-risk", "!", messages.state_at_risk());
            case OFF_TRACK -> new GoalStateView("off-track", "✕", messages.state_off_track());
            case NO_DATA -> new GoalStateView("no-data", "—", messages.state_no_data());
            case NOT_STARTED -> new GoalStateView("not-started", "○", messages.state_not_started());
            case ENDED -> new GoalStateView("ended", "■", messages.state_ended());
            case ARCHIVED -> new GoalStateView("archived", "▣", messages.state_archived());
        };
    }

    static GoalStateView of(Status status, GoalPageMessages messages) {
        return switch (status) {
            case ON_TRACK -> of(GoalStanding.State.ON_TRACK, messages);
            case AT_RISK -> of(GoalStanding.State.AT_RISK, messages);
            case OFF_TRACK -> of(GoalStanding.State.OFF_TRACK, messages);
            case NO_DATA -> of(GoalStanding.State.NO_DATA, messages);
        };
    }
}

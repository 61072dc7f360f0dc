package com.kpipulse.web.goal;

import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.text.Bundles;
import jakarta.ws.rs.NotFoundException;

import java.util.UUID;

/** What the goal pages and the goal API read from an address or a form: a goal's id and a yes-or-no field. */
final class GoalParameters {

    private GoalParameters() {
    }

    /** The goal an address names; an id that is no UUID names no goal (404). */
    static GoalId goalId(String id) {
        try {
            return new GoalId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("No goal " + id);
        }
    }

    /** A yes-or-no field: absent or {@code false} is no, {@code true} (or {@code on}, a ticked box) is yes. */
    static boolean flag(String field, String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (text.strip().equalsIgnoreCase("true") || text.strip().equalsIgnoreCase("on")) {
            return true;
        }
        String shown = InputProblem.excerpt(text);
        throw InvalidInput.of(field, "NOT_A_FLAG", Bundles.both(GoalPageMessages.class, texts -> texts.not_a_flag(shown)));
    }
}

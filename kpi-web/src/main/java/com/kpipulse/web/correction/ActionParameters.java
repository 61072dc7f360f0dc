package com.kpipulse.web.correction;

import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.web.access.InvalidInput;
import com.kpipulse.web.text.Bundles;
import jakarta.ws.rs.NotFoundException;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The parameters of the action pages and API, read strictly: a value that is there but cannot be used is a 400 with
 * its reason ({@link InvalidInput}), never silently dropped; an id that is no action's id is a 404.
 */
final class ActionParameters {

    private static final int MAX_STATUSES = ActionStatus.values().length;

    private ActionParameters() {
    }

    /** {@code true} or {@code false} (absent: false). */
    static boolean flag(String field, String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "on", "1" -> true;
            case "false", "off", "0" -> false;
            default -> throw InvalidInput.of(field, "NOT_A_FLAG", Bundles.both(ActionMessages.class,
                    texts -> texts.problem_not_a_flag(InputProblem.excerpt(text))));
        };
    }

    /** A goal's id, or empty when absent. */
    static Optional<GoalId> goal(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return uuid(text.strip()).map(GoalId::new).map(Optional::of).orElseThrow(() -> InvalidInput.of("goal",
                "NOT_A_GOAL_ID", Bundles.both(ActionMessages.class,
                        texts -> texts.problem_not_a_goal_id(InputProblem.excerpt(text)))));
    }

    /** Statuses by their codes (any case; several per value, separated by commas); empty: any. */
    static Set<ActionStatus> statuses(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        if (values.size() > MAX_STATUSES) { // refused by their number before any is read
            throw InvalidInput.of("status", "NOT_A_STATUS", Bundles.both(ActionMessages.class,
                    texts -> texts.problem_not_a_status(InputProblem.excerpt(values.getLast()))));
        }
        Set<ActionStatus> chosen = EnumSet.noneOf(ActionStatus.class);
        List<String> codes = values.stream().filter(value -> value != null && !value.isBlank())
                .flatMap(value -> Arrays.stream(value.split(",", MAX_STATUSES + 2))).toList();
        for (String code : codes) {
            chosen.add(status(code).orElseThrow(() -> InvalidInput.of("status", "NOT_A_STATUS",
                    Bundles.both(ActionMessages.class, texts -> texts.problem_not_a_status(InputProblem.excerpt(code))))));
        }
        return chosen;
    }

    static Optional<ActionStatus> status(String code) {
        if (code == null || code.length() > 32) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(ActionStatus.values()).filter(status -> status.name().equals(wanted)).findFirst();
    }

    /** An action's id; anything else names no action (404). */
    static ActionId id(String text) {
        return uuid(text == null ? "" : text.strip()).map(ActionId::new)
                .orElseThrow(() -> new NotFoundException("No action " + shown(text)));
    }

    static String shown(String text) {
        return InputProblem.excerpt(text);
    }

    private static Optional<UUID> uuid(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

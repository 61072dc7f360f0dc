package com.kpipulse.application.correction;

import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.goal.GoalId;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which actions a store lists; every part that is given must hold.
 *
 * @param owner      only the actions of this login (any case)
 * @param goal       only the actions for this goal
 * @param statuses   only actions in one of these statuses; empty: any status
 * @param overdueOn  only actions still open whose due date is before this day
 */
public record ActionFilter(Optional<String> owner, Optional<GoalId> goal, Set<ActionStatus> statuses,
                           Optional<LocalDate> overdueOn) {

    public ActionFilter {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(overdueOn, "overdueOn");
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    }

    /** Every action. */
    public static ActionFilter all() {
        return new ActionFilter(Optional.empty(), Optional.empty(), Set.of(), Optional.empty());
    }

    public ActionFilter ownedBy(String login) {
        return new ActionFilter(Optional.of(login), goal, statuses, overdueOn);
    }

    public ActionFilter forGoal(GoalId id) {
        return new ActionFilter(owner, Optional.of(id), statuses, overdueOn);
    }

    public ActionFilter in(Set<ActionStatus> chosen) {
        return new ActionFilter(owner, goal, chosen, overdueOn);
    }

    public ActionFilter overdueOn(LocalDate day) {
        return new ActionFilter(owner, goal, statuses, Optional.of(day));
    }
}

package com.kpipulse.domain.review;

import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.goal.Goal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a weekly review's agenda is generated from: the week's cycle, the day of the meeting, the corrective actions
 * (the previous review's by id), the goals and the week's anomalies nobody acknowledged, by id.
 *
 * @param previousReview the actions decided in the previous review, in its order: they open the agenda
 */
public record AgendaInputs(CycleSnapshot cycle, LocalDate today, List<CorrectiveAction> actions,
                           List<ActionId> previousReview, List<Goal> goals, List<String> anomalies) {

    public AgendaInputs {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(today, "today");
        actions = List.copyOf(actions);
        previousReview = List.copyOf(previousReview);
        goals = List.copyOf(goals);
        anomalies = List.copyOf(anomalies);
    }
}

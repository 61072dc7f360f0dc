package com.kpipulse.application.analysis;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.goal.GoalTargetPhasing;
import com.kpipulse.application.goal.JudgeAgainstGoals;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.measure.DataReach;

import java.util.List;

/** The one judge of plans and the goals the reader sees, asked once however many questions ask them. */
final class PlanJudging {

    private final Reader reader;
    private final JudgeAgainstGoals judge;
    private final ManageGoals goals;
    private List<Goal> visible;

    PlanJudging(Reader reader, KpiCatalog catalog, DataReach reach, ValuesThatCount values, ManageGoals goals) {
        this.reader = reader;
        this.judge = new JudgeAgainstGoals(catalog, new GoalTargetPhasing(catalog, values), reach);
        this.goals = goals;
    }

    JudgeAgainstGoals judge() {
        return judge;
    }

    List<Goal> goals() {
        if (visible == null) {
            visible = goals.visibleTo(reader.claims());
        }
        return visible;
    }
}

package com.kpipulse.application.analysis;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.goal.GoalTargetPhasing;
import com.kpipulse.application.goal.JudgeAgainstGoals;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.goal.PeriodJudgement;
import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.DataReach;
import com.kpipulse.domain.period.Period;

import java.util.List;
import java.util.Set;

/**
 * The one judge of plans and the goals the reader sees, asked once however many questions ask them; within a run of
 * work ({@link RunMemo}) a KPI's judgement in a period is the one the run's scorecards already made.
 */
final class PlanJudging {

    private final Reader reader;
    private final JudgeAgainstGoals judge;
    private final ManageGoals goals;
    private List<Goal> visible;

    PlanJudging(Reader reader, KpiCatalog catalog, DataReach reach, ValuesThatCount values, ManageGoals goals,
                RunMemo memo) {
        this.reader = reader;
        // within a run, the judge the run's scorecards made: the same catalog, goals' values and reach
        this.judge = memo.once(JudgeAgainstGoals.class,
                () -> new JudgeAgainstGoals(catalog, new GoalTargetPhasing(catalog, values), reach));
        this.goals = goals;
    }

    /**
     * The KPI in the period against the goals the reader sees, as {@link JudgeAgainstGoals#inPeriod} judges it; within
     * a run, once for the run's scorecards and analyses (the run's judge keeps its judgements).
     */
    PeriodJudgement inPeriod(KpiDefinition kpi, Period period, Set<String> channels) {
        List<Goal> seen = goals();
        return judge.inPeriodOnce(kpi, period, seen, channels);
    }

    private List<Goal> goals() {
        if (visible == null) {
            visible = goals.visibleTo(reader.claims());
        }
        return visible;
    }
}

package com.kpipulse.application.goal;

import com.kpipulse.domain.evaluation.ManualPart;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalKpi;

import java.util.stream.Collectors;

/**
 * A goal in one readable line for the audit trail's before and after, each KPI with its target and, unless even,
 * its phasing ({@code revenue=1000 phased MANUAL[2026-01-05:200; 2026-01-12:800]}).
 */
final class GoalSummary {

    private GoalSummary() {
    }

    static String of(Goal goal) {
        String kpis = goal.kpis().stream().map(GoalSummary::kpi).collect(Collectors.joining(", "));
        return "«" + goal.title() + "» objective=" + goal.objective().map(Enum::name).orElse("-")
                + " owner=" + goal.owner() + " " + goal.start() + ".." + goal.deadline().map(Object::toString).orElse("?")
                + " kpis=[" + kpis + "] visibleTo=" + goal.visibleToRoles().stream().sorted().toList()
                + (goal.archived() ? " archived" : "");
    }

    private static String kpi(GoalKpi goalKpi) {
        String phasing = switch (goalKpi.phasing().method()) {
            case EVEN -> "";
            case SEASONAL -> " phased SEASONAL";
            case MANUAL -> " phased MANUAL" + goalKpi.phasing().parts().stream().map(GoalSummary::part)
                    .collect(Collectors.joining("; ", "[", "]"));
        };
        return goalKpi.kpi().value() + goalKpi.target().map(GoalSummary::target).orElse("") + phasing;
    }

    private static String part(ManualPart part) {
        return part.periodStart() + ":" + part.value().toPlainString();
    }

    private static String target(Target target) {
        return switch (target) {
            case Target.Absolute absolute -> "=" + absolute.value().toPlainString();
            case Target.RelativeToBaseline relative -> " " + relative.change().percent().toPlainString() + "% vs "
                    + relative.baseline();
        };
    }
}

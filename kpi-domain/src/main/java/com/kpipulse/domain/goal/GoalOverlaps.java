package com.kpipulse.domain.goal;

import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.text.Message;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Two goals that set a target for the same KPI over some of the same days give that KPI two plans at once: the
 * scorecards judge it against one of them, and whoever reads the other wonders why. Worth a warning (the two may be
 * meant to differ, say a stretch goal beside a safe one), not a refusal. Archived goals set no targets and are left
 * out, and so is the goal itself when it is being changed.
 */
public final class GoalOverlaps {

    private GoalOverlaps() {
    }

    /** One warning per other goal and shared KPI with a target in both, naming the other goal and its dates. */
    public static List<SmartFinding> of(Goal goal, List<Goal> others, KpiCatalog catalog) {
        List<SmartFinding> findings = new ArrayList<>();
        for (Goal other : others) {
            if (other.id().equals(goal.id()) || other.archived() || !goal.overlaps(other)) {
                continue;
            }
            Set<KpiCode> named = new HashSet<>();
            for (GoalKpi goalKpi : goal.kpis()) {
                if (goalKpi.target().isPresent() && hasTarget(other, goalKpi.kpi()) && named.add(goalKpi.kpi())) {
                    findings.add(finding(goalKpi.kpi(), other, catalog));
                }
            }
        }
        return List.copyOf(findings);
    }

    private static boolean hasTarget(Goal goal, KpiCode kpi) {
        return goal.kpis().stream().anyMatch(other -> other.kpi().equals(kpi) && other.target().isPresent());
    }

    private static SmartFinding finding(KpiCode kpi, Goal other, KpiCatalog catalog) {
        String nameRu = catalog.find(kpi.value()).map(definition -> definition.nameRu()).orElse(kpi.value());
        String nameEn = catalog.find(kpi.value()).map(definition -> definition.nameEn()).orElse(kpi.value());
        return new SmartFinding(SmartCriterion.SPECIFIC, Severity.WARNING, FindingKind.OVERLAPS_ANOTHER_GOAL,
                Message.of(GoalMessageKind.OVERLAPS_ANOTHER_GOAL, LocalizedText.of(nameRu, nameEn), other.title(),
                        other.start(), other.deadline().orElseThrow()),
                Optional.of(kpi));
    }
}

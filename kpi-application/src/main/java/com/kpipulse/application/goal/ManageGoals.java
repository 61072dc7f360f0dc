package com.kpipulse.application.goal;

import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.evaluation.ValueSeries;
import com.kpipulse.application.kpi.KpiCatalogs;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.PhasingMethod;
import com.kpipulse.domain.evaluation.PhasingResult;
import com.kpipulse.domain.goal.FindingKind;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.goal.KpiHistory;
import com.kpipulse.domain.goal.Severity;
import com.kpipulse.domain.goal.SmartCheck;
import com.kpipulse.domain.goal.SmartCriterion;
import com.kpipulse.domain.goal.SmartFinding;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.period.Grain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sets goals up: every create or change is checked against SMART (including realism against the KPI's own
 * history and whether each KPI's phasing fits the goal); a goal with an error is not stored, warnings come back with
 * the stored goal. Every change is audited, the phasing included.
 */
@ApplicationScoped
public class ManageGoals {

    /** How far back the realism check looks: a year of weeks. */
    static final int HISTORY_WEEKS = 52;

    private final Goals goals;
    private final ReadValues values;
    private final AuditTrail audit;
    private final KpiCatalogs catalogs;
    private final PreviewPhasing phasing;

    @Inject
    public ManageGoals(Goals goals, ReadValues values, AuditTrail audit, KpiCatalogs catalogs, PreviewPhasing phasing) {
        this.goals = goals;
        this.values = values;
        this.audit = audit;
        this.catalogs = catalogs;
        this.phasing = phasing;
    }

    /** The SMART findings of a goal as it stands (also for drafts that are not stored). */
    public List<SmartFinding> check(Goal goal) {
        List<SmartFinding> findings = new ArrayList<>(new SmartCheck(catalogs.current()).check(goal, histories(goal)));
        findings.addAll(seasonalGaps(goal));
        return List.copyOf(findings);
    }

    @Transactional
    public GoalOutcome create(Goal goal, String actor) {
        List<SmartFinding> findings = check(goal);
        if (!SmartCheck.isTrackable(findings)) {
            return new GoalOutcome.Rejected(goal, findings);
        }
        goals.save(goal);
        audit.record(actor, "goal", goal.id().value().toString(), "create", null, GoalSummary.of(goal));
        return new GoalOutcome.Saved(goal, findings);
    }

    @Transactional
    public GoalOutcome update(Goal goal, String actor) {
        Optional<Goal> before = goals.find(goal.id());
        if (before.isEmpty()) {
            return new GoalOutcome.NotFound();
        }
        List<SmartFinding> findings = check(goal);
        if (!SmartCheck.isTrackable(findings)) {
            return new GoalOutcome.Rejected(goal, findings);
        }
        goals.save(goal);
        audit.record(actor, "goal", goal.id().value().toString(), "update", GoalSummary.of(before.get()),
                GoalSummary.of(goal));
        return new GoalOutcome.Saved(goal, findings);
    }

    @Transactional
    public boolean delete(GoalId id, String actor) {
        Optional<Goal> before = goals.find(id);
        if (before.isEmpty() || !goals.delete(id)) {
            return false;
        }
        audit.record(actor, "goal", id.value().toString(), "delete", GoalSummary.of(before.get()), null);
        return true;
    }

    /** The goals a person with these roles may see: admins all, others those visible to one of their roles. */
    public List<Goal> visibleTo(Set<String> roles) {
        return goals.all().stream().filter(goal -> visible(goal, roles)).toList();
    }

    public Optional<Goal> find(GoalId id, Set<String> roles) {
        return goals.find(id).filter(goal -> visible(goal, roles));
    }

    private static boolean visible(Goal goal, Set<String> roles) {
        return ReadingRights.mayRead(roles, goal);
    }

    /**
     * Seasonal phasing needs last year's values of the same weeks; without them it is a warning, not a refusal: the
     * scorecards phase that target evenly until the values are there.
     */
    private List<SmartFinding> seasonalGaps(Goal goal) {
        List<SmartFinding> findings = new ArrayList<>();
        if (goal.period().isEmpty()) {
            return findings;
        }
        for (GoalKpi goalKpi : goal.kpis()) {
            Optional<KpiDefinition> kpi = catalogs.current().find(goalKpi.kpi().value());
            if (goalKpi.phasing().method() != PhasingMethod.SEASONAL || goalKpi.target().isEmpty() || kpi.isEmpty()) {
                continue;
            }
            if (phasing.preview(goal, goalKpi) instanceof PhasingResult.NotPhased notPhased) {
                findings.add(new SmartFinding(SmartCriterion.ACHIEVABLE, Severity.WARNING,
                        FindingKind.PHASING_SEASONAL_UNAVAILABLE, LocalizedText.of(
                        "«%s»: по сезонности не распределить. %s. Пока так, скоркарды распределяют план равномерно".formatted(
                                kpi.get().nameRu(), notPhased.reason().ru()),
                        "'%s': cannot be phased by season. %s. Until then the scorecards phase the target evenly".formatted(
                                kpi.get().nameEn(), notPhased.reason().en())),
                        Optional.of(goalKpi.kpi())));
            }
        }
        return findings;
    }

    private Map<KpiCode, KpiHistory> histories(Goal goal) {
        Map<KpiCode, KpiHistory> histories = new HashMap<>();
        LocalDate before = goal.start().minusDays(1);
        LocalDate from = goal.start().minusWeeks(HISTORY_WEEKS);
        for (GoalKpi goalKpi : goal.kpis()) {
            values.kpi(goalKpi.kpi().value(), from, before, Grain.WEEK, Set.of())
                    .ifPresent(series -> histories.put(goalKpi.kpi(), new KpiHistory(Grain.WEEK,
                            series.values().stream().map(ValueSeries.PeriodValue::value).toList())));
        }
        return histories;
    }
}

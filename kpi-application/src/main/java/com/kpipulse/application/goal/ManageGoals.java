package com.kpipulse.application.goal;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.evaluation.ValueSeries;
import com.kpipulse.application.kpi.KpiCatalogs;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.goal.KpiHistory;
import com.kpipulse.domain.goal.SmartCheck;
import com.kpipulse.domain.goal.SmartFinding;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.period.Grain;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sets goals up: every create or change is checked against SMART (including realism against the KPI's own
 * history); a goal with an error is not stored, warnings come back with the stored goal. Every change is audited.
 */
@ApplicationScoped
public class ManageGoals {

    /** How far back the realism check looks: a year of weeks. */
    static final int HISTORY_WEEKS = 52;
    private static final String ADMIN = "admin";

    private final Goals goals;
    private final ReadValues values;
    private final AuditTrail audit;
    private final KpiCatalogs catalogs;

    @Inject
    public ManageGoals(Goals goals, ReadValues values, AuditTrail audit, KpiCatalogs catalogs) {
        this.goals = goals;
        this.values = values;
        this.audit = audit;
        this.catalogs = catalogs;
    }

    /** The SMART findings of a goal as it stands (also for drafts that are not stored). */
    public List<SmartFinding> check(Goal goal) {
        return new SmartCheck(catalogs.current()).check(goal, histories(goal));
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
        return roles.contains(ADMIN) || goal.visibleToRoles().isEmpty()
                || goal.visibleToRoles().stream().anyMatch(roles::contains);
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

package com.kpipulse.application.goal;

import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.evaluation.ValueSeries;
import com.kpipulse.application.kpi.KpiCatalogs;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
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
 * the stored goal. Every change is audited, the phasing included. Changes may name the version they were made
 * against, so that of two admins editing one goal the second learns of the first instead of overwriting it.
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
        goals.create(goal);
        audit.record(actor, "goal", goal.id().value().toString(), "create", null, GoalSummary.of(goal));
        return new GoalOutcome.Saved(goal, findings, 1);
    }

    /**
     * Replaces a goal. With {@link ExpectedVersion#of} the change is made only if the goal is still at that version:
     * a goal changed by somebody else in the meantime is {@link GoalOutcome.Stale}, before any check is spent on it,
     * and the store refuses it again atomically if the other change lands while this one is being checked. With
     * {@link ExpectedVersion#any()} the last writer wins, as before versions existed.
     */
    @Transactional
    public GoalOutcome update(Goal goal, ExpectedVersion expected, String actor) {
        Optional<Versioned<Goal>> before = goals.find(goal.id());
        if (before.isEmpty()) {
            return new GoalOutcome.NotFound();
        }
        if (!expected.admits(before.get().version())) {
            return new GoalOutcome.Stale(before.get().version());
        }
        List<SmartFinding> findings = check(goal);
        if (!SmartCheck.isTrackable(findings)) {
            return new GoalOutcome.Rejected(goal, findings);
        }
        return switch (goals.replace(goal, expected)) {
            case VersionedWrite.Written written -> {
                audit.record(actor, "goal", goal.id().value().toString(), "update", GoalSummary.of(before.get().value()),
                        GoalSummary.of(goal));
                yield new GoalOutcome.Saved(goal, findings, written.version());
            }
            case VersionedWrite.Stale stale -> new GoalOutcome.Stale(stale.currentVersion());
            case VersionedWrite.Missing missing -> new GoalOutcome.NotFound();
        };
    }

    /** Removes a goal, with the same version rule as {@link #update}. */
    @Transactional
    public VersionedWrite delete(GoalId id, ExpectedVersion expected, String actor) {
        Optional<Versioned<Goal>> before = goals.find(id);
        if (before.isEmpty()) {
            return new VersionedWrite.Missing();
        }
        if (!expected.admits(before.get().version())) {
            return new VersionedWrite.Stale(before.get().version());
        }
        VersionedWrite deleted = goals.delete(id, expected);
        if (deleted instanceof VersionedWrite.Written) {
            audit.record(actor, "goal", id.value().toString(), "delete", GoalSummary.of(before.get().value()), null);
        }
        return deleted;
    }

    /** The goals a person with these roles may see: admins all, others those visible to one of their roles. */
    public List<Goal> visibleTo(Set<String> roles) {
        return visibleWithVersions(roles).stream().map(Versioned::value).toList();
    }

    /** {@link #visibleTo}, each goal with its version. */
    public List<Versioned<Goal>> visibleWithVersions(Set<String> roles) {
        return goals.all().stream().filter(goal -> visible(goal.value(), roles)).toList();
    }

    /** The goal with its version, if there is one these roles may see. */
    public Optional<Versioned<Goal>> find(GoalId id, Set<String> roles) {
        return goals.find(id).filter(goal -> visible(goal.value(), roles));
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

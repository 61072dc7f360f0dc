package com.kpipulse.application.goal;

import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.evaluation.PhasingMethod;
import com.kpipulse.domain.evaluation.PhasingResult;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.FindingKind;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.goal.GoalOverlaps;
import com.kpipulse.domain.goal.KpiHistory;
import com.kpipulse.domain.goal.RealismCheck;
import com.kpipulse.domain.goal.Severity;
import com.kpipulse.domain.goal.SmartCheck;
import com.kpipulse.domain.goal.SmartCriterion;
import com.kpipulse.domain.goal.SmartFinding;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.kpi.NoValueReason;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Sets goals up: every create or change is checked against SMART (including realism against the KPI's own
 * history, whether each KPI's phasing fits the goal, and whether another goal already sets a target for one of its
 * KPIs on some of the same days); a goal with an error is not stored, warnings come back with the stored goal. Every
 * change is audited, the phasing included, and so are archiving and bringing back. Changes may name the version they
 * were made against, so that of two admins editing one goal the second learns of the first instead of overwriting it.
 * <p>
 * Archived goals are kept and can be found ({@link #listed}, {@link #find}), but set no targets: {@link #visibleTo}
 * leaves them out, so scorecards and KPI pages stop judging against them.
 */
@ApplicationScoped
public class ManageGoals {

    /**
     * How far back the realism check looks: two years of weeks, so that quarter-long stretches can be compared with
     * each other and with the same weeks a year earlier.
     */
    static final int HISTORY_WEEKS = 104;
    private static final KpiValue NOT_OVER = new KpiValue.None(NoValueReason.NO_DATA,
            Message.of(GoalNoteKind.WEEK_NOT_OVER));

    private final Goals goals;
    private final ReadValues values;
    private final AuditTrail audit;
    private final CurrentKpiCatalog catalogs;
    private final PreviewPhasing phasing;
    private final Clock clock;

    @Inject
    public ManageGoals(Goals goals, ReadValues values, AuditTrail audit, CurrentKpiCatalog catalogs, PreviewPhasing phasing,
                       Clock clock) {
        this.goals = goals;
        this.values = values;
        this.audit = audit;
        this.catalogs = catalogs;
        this.phasing = phasing;
        this.clock = clock;
    }

    /** On the system clock. */
    public ManageGoals(Goals goals, ReadValues values, AuditTrail audit, CurrentKpiCatalog catalogs, PreviewPhasing phasing) {
        this(goals, values, audit, catalogs, phasing, Clock.systemDefaultZone());
    }

    /**
     * The SMART findings of a goal as it stands (also for drafts that are not stored): relative targets are judged
     * for realism from their baseline's actual value, and the goal is compared with the other goals that are pursued.
     */
    public List<SmartFinding> check(Goal goal) {
        KpiCatalog catalog = catalogs.current();
        List<SmartFinding> findings = new ArrayList<>(new SmartCheck(catalog).check(goal, histories(goal), figures(goal)));
        findings.addAll(seasonalGaps(goal));
        findings.addAll(GoalOverlaps.of(goal, goals.all().stream().map(Versioned::value).toList(), catalog));
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
     * Replaces a goal; it stays archived or pursued as it was ({@link #archive} changes that). With {@link ExpectedVersion#of} the change is made only if the goal is still at that version:
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
        Goal changed = goal.archived(before.get().value().archived());
        List<SmartFinding> findings = check(changed);
        if (!SmartCheck.isTrackable(findings)) {
            return new GoalOutcome.Rejected(changed, findings);
        }
        return switch (goals.replace(changed, expected)) {
            case VersionedWrite.Written written -> {
                audit.record(actor, "goal", goal.id().value().toString(), "update", GoalSummary.of(before.get().value()),
                        GoalSummary.of(changed));
                yield new GoalOutcome.Saved(changed, findings, written.version());
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

    /**
     * Archives a goal or brings it back, at a version like {@link #update}: archived, it leaves the scorecards and the
     * KPI pages but stays listed. Audited; a goal already in that state is left as it is (no new version).
     */
    @Transactional
    public GoalOutcome archive(GoalId id, boolean archived, ExpectedVersion expected, String actor) {
        Optional<Versioned<Goal>> before = goals.find(id);
        if (before.isEmpty()) {
            return new GoalOutcome.NotFound();
        }
        if (!expected.admits(before.get().version())) {
            return new GoalOutcome.Stale(before.get().version());
        }
        Goal goal = before.get().value();
        if (goal.archived() == archived) {
            return new GoalOutcome.Saved(goal, List.of(), before.get().version());
        }
        Goal changed = goal.archived(archived);
        return switch (goals.replace(changed, expected)) {
            case VersionedWrite.Written written -> {
                audit.record(actor, "goal", id.value().toString(), archived ? "archive" : "unarchive",
                        GoalSummary.of(goal), GoalSummary.of(changed));
                yield new GoalOutcome.Saved(changed, List.of(), written.version());
            }
            case VersionedWrite.Stale stale -> new GoalOutcome.Stale(stale.currentVersion());
            case VersionedWrite.Missing missing -> new GoalOutcome.NotFound();
        };
    }

    /**
     * The goals that set targets for a person with these roles: admins all, others those visible to one of their
     * roles; archived goals are left out.
     */
    public List<Goal> visibleTo(Set<String> roles) {
        return visibleWithVersions(roles).stream().map(Versioned::value).toList();
    }

    /** {@link #visibleTo}, each goal with its version. */
    public List<Versioned<Goal>> visibleWithVersions(Set<String> roles) {
        return listed(roles).stream().filter(goal -> !goal.value().archived()).toList();
    }

    /** Every goal these roles may see, archived ones included, each with its version. */
    public List<Versioned<Goal>> listed(Set<String> roles) {
        return goals.all().stream().filter(goal -> visible(goal.value(), roles)).toList();
    }

    /** The goal with its version, if there is one these roles may see. */
    public Optional<Versioned<Goal>> find(GoalId id, Set<String> roles) {
        return goals.find(id).filter(goal -> visible(goal.value(), roles));
    }

    /**
     * A stretch target for the KPI over the period that the history backs ({@link RealismCheck#stretchTarget}): about
     * {@code share} of the past stretches as long reached it, and it is beyond the current pace, so the realism check
     * calls it neither too easy nor unrealistic. A total over the period, or a level; empty for a KPI not in the
     * catalog or without enough history.
     *
     * @param share between 0 and 0.5: 0.35 is a stretch about a third of the past stretches made
     */
    public Optional<BigDecimal> stretchTarget(String kpi, Period period, double share) {
        KpiCatalog catalog = catalogs.current();
        return catalog.find(kpi).flatMap(definition -> history(kpi, period.start()).flatMap(history ->
                RealismCheck.stretchTarget(definition, catalog.isAdditive(definition), share, period, history)));
    }

    /** Each relative target as a figure: its baseline's actual value changed by the percentage, where it is known. */
    private Map<KpiCode, BigDecimal> figures(Goal goal) {
        Map<KpiCode, BigDecimal> figures = new HashMap<>();
        for (GoalKpi goalKpi : goal.kpis()) {
            if (goalKpi.target().orElse(null) instanceof Target.RelativeToBaseline) {
                catalogs.current().find(goalKpi.kpi().value())
                        .flatMap(kpi -> phasing.figure(goalKpi.target().get(), kpi))
                        .ifPresent(figure -> figures.put(goalKpi.kpi(), figure));
            }
        }
        return figures;
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
                        FindingKind.PHASING_SEASONAL_UNAVAILABLE,
                        Message.of(GoalNoteKind.SEASONAL_PHASING_UNAVAILABLE,
                                LocalizedText.of(kpi.get().nameRu(), kpi.get().nameEn()), notPhased.reason()),
                        Optional.of(goalKpi.kpi())));
            }
        }
        return findings;
    }

    /**
     * Each KPI's weekly values before the goal: whole ISO weeks up to the last one that ends before the goal's week,
     * so that a year before the goal is found by position; weeks that are not over yet (a goal that starts later)
     * are there without a value, so that no week counts with only some of its days.
     */
    private Map<KpiCode, KpiHistory> histories(Goal goal) {
        Map<KpiCode, KpiHistory> histories = new HashMap<>();
        for (GoalKpi goalKpi : goal.kpis()) {
            history(goalKpi.kpi().value(), goal.start()).ifPresent(history -> histories.put(goalKpi.kpi(), history));
        }
        return histories;
    }

    private Optional<KpiHistory> history(String kpi, LocalDate start) {
        LocalDate today = LocalDate.now(clock);
        LocalDate before = start.minusDays(start.getDayOfWeek().getValue()); // the Sunday before its week
        LocalDate from = before.minusWeeks(HISTORY_WEEKS).plusDays(1);
        return values.kpi(kpi, from, before, Grain.WEEK, Set.of()).map(series -> new KpiHistory(Grain.WEEK,
                series.values().stream().map(week -> week.period().lastDay().isBefore(today) ? week.value() : NOT_OVER)
                        .toList()));
    }
}

package com.kpipulse.application.cycle;

import com.kpipulse.application.analysis.AnalyzeDeviation;
import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.goal.PeriodJudgement;
import com.kpipulse.application.operations.WorkMeter;
import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.scorecard.RecentScorecards;
import com.kpipulse.application.scorecard.Scorecard;
import com.kpipulse.application.scorecard.ScorecardRequest;
import com.kpipulse.application.scorecard.ShowScorecard;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.cycle.CycleFigure;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.CycleSummary;
import com.kpipulse.domain.cycle.Impact;
import com.kpipulse.domain.cycle.SourceCompleteness;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The monitoring cycle for one week or month (seed 001: monitor → analyze → correct): every KPI of every role's
 * scorecard and of every pursued goal (the head's scorecard lists those), in total and per channel, with actual,
 * target, attainment and status, the change against the period before and the same period a year earlier, and how
 * complete each source's data is. The figures are the scorecards' own ({@link RecentScorecards}, judged by
 * {@code goal.JudgeAgainstGoals}), asked as an admin sees them, so a KPI has the same figure and status here as on
 * every page. Each deviation gets its cause ({@link ExplainDeviations}). The result is kept as the period's snapshot,
 * replacing an earlier one, with an audit entry.
 */
@ApplicationScoped
public class RunCycle {

    /** What the audit trail calls a cycle. */
    public static final String AUDIT_SUBJECT = "cycle";

    /** The cycle looks at everything: the figures as an admin's scorecards show them, every goal included. */
    private static final Set<String> SEES_EVERYTHING = Set.of(Role.ADMIN.claim());

    private final RecentScorecards scorecards;
    private final ShowScorecard show;
    private final SharedReads reads;
    private final RunMemo memo;
    private final CurrentKpiCatalog catalogs;
    private final ExplainDeviations explain;
    private final CycleSnapshots snapshots;
    private final AuditTrail audit;
    private final WorkMeter meter;
    private final Clock clock;

    /** What became of a run. */
    public sealed interface Outcome {

        /** The cycle ran and its snapshot is kept; {@code replaced} when it took the place of an earlier run's. */
        record Ran(CycleSnapshot snapshot, boolean replaced) implements Outcome {
        }

        /** The period has not begun: there is nothing to monitor yet. */
        record NotStarted(CyclePeriod period, LocalDate firstDay) implements Outcome {
        }
    }

    @Inject
    public RunCycle(RecentScorecards scorecards, ShowScorecard show, SharedReads reads, RunMemo memo,
                    CurrentKpiCatalog catalogs, ExplainDeviations explain, CycleSnapshots snapshots, AuditTrail audit,
                    WorkMeter meter, Clock clock) {
        this.scorecards = scorecards;
        this.show = show;
        this.reads = reads;
        this.memo = memo;
        this.catalogs = catalogs;
        this.explain = explain;
        this.snapshots = snapshots;
        this.audit = audit;
        this.meter = meter;
        this.clock = clock;
    }

    /** Runs the cycle for {@code period} on behalf of {@code actor} and keeps its snapshot. */
    @Transactional
    public Outcome run(CyclePeriod period, String actor) {
        LocalDate today = LocalDate.now(clock);
        if (period.period().start().isAfter(today)) {
            return new Outcome.NotStarted(period, period.period().start());
        }
        long started = System.nanoTime();
        CycleSnapshot snapshot;
        try (CurrentKpiCatalog.Pin catalog = catalogs.pin();
             RunMemo.Run settings = memo.open();
             SharedReads.Run run = reads.open(measuresOfEveryKpi(), spansRead(period))) {
            snapshot = flagStreaks(compute(period, actor));
        }
        Optional<CycleSnapshot> replaced = snapshots.replace(snapshot);
        audit.record(actor, AUDIT_SUBJECT, period.code(), replaced.isPresent() ? "rerun" : "run",
                replaced.map(old -> describe(old.summary())).orElse(null), describe(snapshot.summary()));
        meter.cycleRan(period.grain(), Duration.ofNanos(System.nanoTime() - started), snapshot.deviations().size(),
                (int) snapshot.deviations().stream().flatMap(figure -> figure.why().stream())
                        .flatMap(why -> why.anomalies().stream()).distinct().count());
        return new Outcome.Ran(snapshot, replaced.isPresent());
    }

    /**
     * The days every question of a cycle is about, read once for all of them: the period with the
     * {@value AnalyzeDeviation#HISTORY} before it (the analysis's noise, the period before), and the same period a
     * year earlier with the one before it. The goals' longer spans are read by {@code goal.GoalValues}.
     */
    private static List<Period> spansRead(CyclePeriod cycle) {
        Period period = cycle.period();
        Period first = period;
        for (int i = 0; i < AnalyzeDeviation.HISTORY; i++) {
            first = first.previous();
        }
        Period lastYear = period.sameLastYear();
        return List.of(new Period(first.start(), period.endExclusive()),
                new Period(lastYear.previous().start(), lastYear.endExclusive()));
    }

    private Set<MeasureCode> measuresOfEveryKpi() {
        KpiCatalog catalog = catalogs.current();
        Set<MeasureCode> measures = new LinkedHashSet<>();
        catalog.all().forEach(kpi -> measures.addAll(catalog.measuresOf(kpi)));
        return measures;
    }

    /**
     * Every role's scorecard in total first; then, for each role that shows a KPI not in yet, its scorecard of the
     * same period a year earlier and both for each channel it offers, all asked at once so that their rows are
     * computed on all cores while their reads go on here (ADR 26). The figures are added in that order.
     */
    private CycleSnapshot compute(CyclePeriod period, String actor) {
        LocalDate day = period.period().start();
        LocalDate dayLastYear = period.period().sameLastYear().start();
        List<Role> roles = List.of(Role.values());
        List<Scorecard> totals = scorecards.showAll(roles.stream()
                .map(role -> request(role, period, day, Set.of())).toList());
        Map<String, LocalDate> lastDays = new TreeMap<>();
        Set<String> seen = new HashSet<>();
        LocalDate lastWholeDay = null;
        List<ScorecardRequest> asked = new ArrayList<>();
        List<Scope> scopes = new ArrayList<>();
        for (int r = 0; r < roles.size(); r++) {
            Role role = roles.get(r);
            Scorecard total = totals.get(r);
            lastWholeDay = total.lastDay();
            total.freshness().forEach(source -> lastDays.merge(source.sourceSystem(), source.lastDay(),
                    (a, b) -> a.isAfter(b) ? a : b));
            List<String> codes = total.rows().stream().map(row -> row.kpi().code().value()).toList();
            if (seen.containsAll(codes)) {
                continue; // every KPI of this scorecard is in already, with the same figures
            }
            seen.addAll(codes);
            scopes.add(new Scope(Optional.of(total), -1, asked.size(), Optional.empty()));
            asked.add(request(role, period, dayLastYear, Set.of()));
            for (Channel channel : show.channelChoices(role)) {
                Set<String> only = Set.of(channel.code());
                scopes.add(new Scope(Optional.empty(), asked.size(), asked.size() + 1, Optional.of(channel.code())));
                asked.add(request(role, period, day, only));
                asked.add(request(role, period, dayLastYear, only));
            }
        }
        List<Scorecard> shown = scorecards.showAll(asked);
        Map<String, CycleFigure> figures = new LinkedHashMap<>();
        for (Scope scope : scopes) {
            add(figures, scope.total().orElseGet(() -> shown.get(scope.now())), shown.get(scope.lastYear()),
                    scope.channel());
        }
        LocalDate lastDay = lastWholeDay;
        List<SourceCompleteness> completeness = lastDays.entrySet().stream()
                .map(source -> SourceCompleteness.of(source.getKey(), source.getValue(), period.period(), lastDay))
                .toList();
        return new CycleSnapshot(period, period.provisionalOn(lastDay), lastDay, clock.instant(), actor,
                explain.explain(period, List.copyOf(figures.values())), completeness);
    }

    /**
     * One scope's pair of scorecards: the period's (a role's total, computed first, or the place of a channel's
     * among those asked at once) and the same period a year earlier's (its place).
     */
    private record Scope(Optional<Scorecard> total, int now, int lastYear, Optional<String> channel) {
    }

    /** A scorecard's rows without its sparklines, goals' lines, tables and funnels, which a cycle does not keep. */
    private static ScorecardRequest request(Role role, CyclePeriod period, LocalDate day, Set<String> channels) {
        return ScorecardRequest.ofCycle(role, SEES_EVERYTHING, period.grain(), day, channels);
    }

    /** Each KPI of the scorecard once per scope: the first scorecard that shows it gives its figures. */
    private static void add(Map<String, CycleFigure> figures, Scorecard now, Scorecard lastYear, Optional<String> channel) {
        Map<String, KpiValue> lastYearByKpi = new HashMap<>();
        lastYear.rows().forEach(row -> lastYearByKpi.put(row.kpi().code().value(), row.actual()));
        for (Scorecard.Row row : now.rows()) {
            String key = row.kpi().code().value() + "|" + channel.orElse("");
            if (!figures.containsKey(key)) {
                figures.put(key, figure(row, Optional.ofNullable(lastYearByKpi.get(row.kpi().code().value())), channel));
            }
        }
    }

    private static CycleFigure figure(Scorecard.Row row, Optional<KpiValue> lastYear, Optional<String> channel) {
        KpiDefinition kpi = row.kpi();
        Optional<Currency> currency = currencyOf(row.actual()).or(() -> currencyOf(row.previous()));
        PeriodJudgement judgement = row.judgement();
        Optional<String> goalId = judgement.goalJudgedBy().map(goal -> goal.id().value().toString());
        if (judgement instanceof PeriodJudgement.Judged judged) {
            KpiEvaluation evaluation = judged.evaluation();
            Status status = evaluation.status();
            boolean deviates = status == Status.OFF_TRACK || status == Status.AT_RISK;
            Impact impact = deviates ? Impact.of(kpi.direction(), kpi.unit(), currency.or(() -> currencyOf(evaluation.actual())),
                    evaluation.actual().number(), evaluation.target().number()) : new Impact.Unmeasured();
            return new CycleFigure(kpi.code(), channel, kpi.unit(), kpi.direction(), currency, row.actual().number(),
                    CycleFigure.Judgement.JUDGED, evaluation.target().number(), evaluation.attainment(),
                    Optional.of(status), goalId, row.previous().number(), lastYear.flatMap(KpiValue::number), impact, false,
                    Optional.empty());
        }
        CycleFigure.Judgement why = switch (judgement) {
            case PeriodJudgement.Upcoming upcoming -> CycleFigure.Judgement.UPCOMING;
            case PeriodJudgement.NoChannelPlan none -> CycleFigure.Judgement.NO_CHANNEL_PLAN;
            case PeriodJudgement.NoGoal none -> CycleFigure.Judgement.NO_GOAL;
            case PeriodJudgement.Judged judged -> throw new IllegalStateException("judged above");
        };
        Optional<BigDecimal> target = judgement instanceof PeriodJudgement.Upcoming upcoming
                ? Optional.of(upcoming.target()) : Optional.empty();
        return new CycleFigure(kpi.code(), channel, kpi.unit(), kpi.direction(), currency, row.actual().number(), why,
                target, Optional.empty(), Optional.empty(), goalId, row.previous().number(),
                lastYear.flatMap(KpiValue::number), new Impact.Unmeasured(), false, Optional.empty());
    }

    /** A KPI off track now and in the stored cycles of the two periods before is flagged. */
    private CycleSnapshot flagStreaks(CycleSnapshot snapshot) {
        Optional<CycleSnapshot> before = snapshots.find(snapshot.period().previous());
        Optional<CycleSnapshot> beforeThat = snapshots.find(snapshot.period().previous().previous());
        if (before.isEmpty() || beforeThat.isEmpty()) {
            return snapshot;
        }
        List<CycleFigure> flagged = new ArrayList<>();
        for (CycleFigure figure : snapshot.figures()) {
            flagged.add(figure.withOffTrackThreeInARow(figure.offTrack()
                    && offTrackIn(before.get(), figure) && offTrackIn(beforeThat.get(), figure)));
        }
        return new CycleSnapshot(snapshot.period(), snapshot.provisional(), snapshot.lastWholeDay(), snapshot.ranAt(),
                snapshot.ranBy(), flagged, snapshot.completeness());
    }

    private static boolean offTrackIn(CycleSnapshot snapshot, CycleFigure figure) {
        return snapshot.figures().stream().anyMatch(other -> other.sameSeriesAs(figure) && other.offTrack());
    }

    private static Optional<Currency> currencyOf(KpiValue value) {
        return value instanceof KpiValue.Known known ? known.currency() : Optional.empty();
    }

    private static String describe(CycleSummary summary) {
        return "period=%s provisional=%s ranAt=%s offTrack=%d atRisk=%d offTrackThreeInARow=%d".formatted(
                summary.period().code(), summary.provisional(), summary.ranAt(), summary.offTrack(), summary.atRisk(),
                summary.offTrackThreeInARow());
    }
}

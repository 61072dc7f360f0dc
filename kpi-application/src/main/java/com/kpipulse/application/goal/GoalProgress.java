package com.kpipulse.application.goal;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.evaluation.EvaluationPolicy;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.evaluation.Status;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.kpi.NoValueReason;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.text.Message;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The goals a reader may see and where each stands now, for the goals list and a goal's page. Each KPI with a
 * target is judged by {@link JudgeAgainstGoals#sinceStart}, as the scorecards judge goal KPIs: its target phased over
 * the goal's weeks ({@link GoalTargetPhasing}: evenly, by season or as typed by hand), what is due by the last day its
 * data cover (yesterday, or the last day its sources delivered) added up from the start, against the actual over the
 * same days; a total's progress is its share of the whole target. A goal's state is the worst of its KPIs' paces
 * while it runs, else that it has not begun, has ended or is archived.
 */
@ApplicationScoped
public class GoalProgress {

    /** Which goals a list shows: those pursued, or the archived ones. */
    public enum Shelf {
        PURSUED, ARCHIVED
    }

    private final Goals goals;
    private final CurrentKpiCatalog catalogs;
    private final ValuesThatCount observations;
    private final DataCoverage coverage;
    private final Clock clock;

    @Inject
    public GoalProgress(Goals goals, CurrentKpiCatalog catalogs, ValuesThatCount observations, DataCoverage coverage,
                        Clock clock) {
        this.goals = goals;
        this.catalogs = catalogs;
        this.observations = observations;
        this.coverage = coverage;
        this.clock = clock;
    }

    /**
     * The goals on the shelf the reader may see, each with where it stands: the running ones first by deadline, then
     * those not begun, then those that ended, the latest first.
     */
    public List<GoalStanding> list(Reader reader, Shelf shelf) {
        Computation computation = new Computation(catalogs.current());
        return goals.all().stream()
                .filter(goal -> ReadingRights.mayRead(reader.claims(), goal.value()))
                .filter(goal -> goal.value().archived() == (shelf == Shelf.ARCHIVED))
                .map(computation::standing)
                .sorted(ORDER)
                .toList();
    }

    /** One goal and where it stands: unknown when there is no such goal, denied when the reader may not see it. */
    public Access<GoalStanding> of(Reader reader, GoalId id) {
        Optional<Versioned<Goal>> goal = goals.find(id);
        if (goal.isEmpty()) {
            return Access.unknown();
        }
        if (!ReadingRights.mayRead(reader.claims(), goal.get().value())) {
            return Access.denied();
        }
        return Access.granted(new Computation(catalogs.current()).standing(goal.get()));
    }

    private static final Comparator<GoalStanding> ORDER = Comparator
            .comparingInt((GoalStanding standing) -> switch (standing.state()) {
                case NOT_STARTED -> 1;
                case ENDED -> 2;
                default -> 0;
            })
            .thenComparing(standing -> standing.state() == GoalStanding.State.ENDED
                    ? LocalDate.MAX.toEpochDay() - deadline(standing).toEpochDay() : deadline(standing).toEpochDay())
            .thenComparing(standing -> standing.goal().value().title());

    private static LocalDate deadline(GoalStanding standing) {
        return standing.goal().value().deadline().orElse(LocalDate.MAX);
    }

    /** One computation with the catalog as it stands; each goal's values are read once. */
    private final class Computation {

        private final KpiCatalog catalog;
        private final KpiEngine engine;
        private final GoalTargetPhasing phasing;
        private final JudgeAgainstGoals judge;
        private final LocalDate today = LocalDate.now(clock);
        private final LocalDate lastCompleteDay = DataCoverage.lastCompleteDay(clock);

        Computation(KpiCatalog catalog) {
            this.catalog = catalog;
            this.engine = new KpiEngine(catalog);
            this.phasing = new GoalTargetPhasing(catalog, observations);
            this.judge = new JudgeAgainstGoals(catalog, phasing, coverage.now());
        }

        GoalStanding standing(Versioned<Goal> versioned) {
            Goal goal = versioned.value();
            Optional<Period> period = goal.period();
            if (period.isEmpty()) {
                return new GoalStanding(versioned, goal.archived() ? GoalStanding.State.ARCHIVED : GoalStanding.State.NO_DATA,
                        goal.start(), List.of());
            }
            boolean begun = !today.isBefore(goal.start());
            LocalDate asOf = !begun || lastCompleteDay.isBefore(goal.start()) ? goal.start()
                    : lastCompleteDay.isAfter(period.get().lastDay()) ? period.get().lastDay() : lastCompleteDay;
            List<GoalStanding.KpiStanding> kpis = goal.kpis().stream().map(goalKpi -> kpi(goal, goalKpi, begun, asOf)).toList();
            GoalStanding.State state = goal.archived() ? GoalStanding.State.ARCHIVED
                    : !begun ? GoalStanding.State.NOT_STARTED
                    : today.isAfter(period.get().lastDay()) ? GoalStanding.State.ENDED
                    : worst(kpis);
            return new GoalStanding(versioned, state, asOf, kpis);
        }

        private GoalStanding.KpiStanding kpi(Goal goal, GoalKpi goalKpi, boolean begun, LocalDate asOf) {
            Optional<KpiDefinition> kpi = catalog.find(goalKpi.kpi().value());
            if (kpi.isEmpty()) {
                return new GoalStanding.KpiStanding(goalKpi, kpi, Optional.empty(), false, Optional.empty(),
                        new KpiValue.None(NoValueReason.NO_DATA, Message.of(GoalNoteKind.KPI_NOT_IN_CATALOG)),
                        Optional.empty(), Optional.empty(), Optional.empty(), asOf);
            }
            Optional<GoalTargetPhasing.Phased> phased = goalKpi.target().isEmpty() ? Optional.empty()
                    : phasing.phased(goal, goalKpi, kpi.get(), Grain.WEEK);
            boolean cumulative = phased.map(target -> target.target().cumulative()).orElse(catalog.isAdditive(kpi.get()));
            Optional<BigDecimal> target = phased.map(GoalTargetPhasing.Phased::goalTarget);
            if (!begun) {
                return new GoalStanding.KpiStanding(goalKpi, kpi, target, cumulative, Optional.empty(),
                        new KpiValue.None(NoValueReason.NO_DATA, Message.of(GoalNoteKind.GOAL_NOT_BEGUN)),
                        Optional.empty(), Optional.empty(), Optional.empty(), asOf);
            }
            Optional<SinceStart> since = phased.isEmpty() ? Optional.empty()
                    : judge.sinceStart(goal, goalKpi, kpi.get(), asOf);
            if (since.isEmpty()) {
                // no target to judge against, or no day of the goal covered yet: the actual as far as there is one
                Coverage covered = Coverage.of(Period.custom(goal.start(), asOf), judge.lastDayCovered(kpi.get()));
                KpiValue actual = engine.evaluateToDate(kpi.get(), covered, DimensionSelection.all(), phasing.dataOf(goal));
                return new GoalStanding.KpiStanding(goalKpi, kpi, target, cumulative, Optional.empty(), actual,
                        Optional.empty(), Optional.empty(), Optional.empty(), asOf);
            }
            KpiEvaluation pacing = since.get().evaluation();
            return new GoalStanding.KpiStanding(goalKpi, kpi, target, cumulative, Optional.of(since.get().due()),
                    pacing.actual(), since.get().progress(), Optional.of(pacing.status()), Optional.of(pacing.reason()),
                    since.get().asOf());
        }

        /** Off track if any KPI is, else at risk if any is, else on track; no data when no KPI could be judged. */
        private static GoalStanding.State worst(List<GoalStanding.KpiStanding> kpis) {
            List<Status> judged = new ArrayList<>();
            kpis.forEach(kpi -> kpi.status().filter(status -> status != Status.NO_DATA).ifPresent(judged::add));
            if (judged.isEmpty()) {
                return GoalStanding.State.NO_DATA;
            }
            if (judged.contains(Status.OFF_TRACK)) {
                return GoalStanding.State.OFF_TRACK;
            }
            return judged.contains(Status.AT_RISK) ? GoalStanding.State.AT_RISK : GoalStanding.State.ON_TRACK;
        }
    }
}

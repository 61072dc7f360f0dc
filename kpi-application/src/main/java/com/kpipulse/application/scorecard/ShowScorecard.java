package com.kpipulse.application.scorecard;

import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.measure.DataFreshness;
import com.kpipulse.application.goal.GoalTargetPhasing;
import com.kpipulse.application.goal.GoalValues;
import com.kpipulse.application.goal.JudgeAgainstGoals;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.goal.PeriodJudgement;
import com.kpipulse.application.goal.SinceStart;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.evaluation.SharedReads;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.measure.WholeMonths;
import com.kpipulse.application.run.RunMemo;
import com.kpipulse.application.run.TakenOnce;
import com.kpipulse.application.measure.SourceFreshness;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.ChannelColumns;
import com.kpipulse.domain.kpi.Funnels;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.Aggregation;
import com.kpipulse.domain.measure.DataReach;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.PartOfPeriod;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Builds a role's scorecard for a period. The figures of the page are read in one go (every measure they need over
 * the whole sparkline span plus the period before it, for growth KPIs) and computed by the one KPI engine; targets
 * come from the goals the person may see and are judged by {@link JudgeAgainstGoals}, the same way the KPI detail
 * judges them. A period the data do not cover to its end ({@link DataCoverage}: still running, or not all delivered)
 * is provisional: each KPI's figure is to date, its trend compares the same days of the period before, and the tables
 * and funnels take the days the page's freshest KPI covers. The head and the overview also list the KPIs the goals
 * set targets for; the marketer gets the channel economics and the funnels, the SMM specialist a table per social
 * network, all from the catalog's data.
 */
@ApplicationScoped
public class ShowScorecard {

    /** Periods on a page's sparkline, the shown one included. */
    public static final int HISTORY = ScorecardRequest.SPARKLINE;

    private final SharedReads observations;
    private final ManageGoals goals;
    private final DataFreshness freshness;
    private final RoleScorecards scorecards;
    private final CurrentKpiCatalog catalogs;
    private final ReadingRights rights;
    private final ChannelCatalogs channelCatalogs;
    private final DataCoverage coverage;
    private final ValuesThatCount goalValues;
    private final RunMemo memo;

    @Inject
    public ShowScorecard(SharedReads observations, ManageGoals goals, DataFreshness freshness,
                         RoleScorecards scorecards, CurrentKpiCatalog catalogs, ReadingRights rights,
                         ChannelCatalogs channelCatalogs, DataCoverage coverage, GoalValues goalValues, RunMemo memo) {
        this.observations = observations;
        this.goals = goals;
        this.freshness = freshness;
        this.scorecards = scorecards;
        this.catalogs = catalogs;
        this.rights = rights;
        this.channelCatalogs = channelCatalogs;
        this.coverage = coverage;
        this.goalValues = goalValues;
        this.memo = memo;
    }

    public Scorecard show(ScorecardRequest request) {
        return new Computation(catalogs.current(), request).show();
    }

    /**
     * The scorecards of {@code requests}, in their order, each as {@link #show} computes it. What each reads is read
     * here, on the calling thread, one after the other (within a run, from the run's reads and memo); the rows of a
     * scorecard of rows only (the monitoring cycle's) are handed to the common fork-join pool as soon as they are
     * read, and whatever the pool has not started when all are read this thread computes itself (ADR 26).
     */
    public List<Scorecard> showAll(List<ScorecardRequest> requests) {
        KpiCatalog catalog = catalogs.current();
        List<TakenOnce<Scorecard>> shown = new ArrayList<>(requests.size());
        for (ScorecardRequest request : requests) {
            Computation computation = new Computation(catalog, request);
            if (request.rowsOnly()) {
                shown.add(TakenOnce.offered(computation.read()));
            } else {
                TakenOnce<Scorecard> here = TakenOnce.waiting(computation::show);
                here.computeUnlessTaken();
                shown.add(here);
            }
        }
        return shown.stream().map(TakenOnce::get).toList();
    }

    /**
     * The period of the grain a scorecard opens on: the last one that is over by the company's clock. When its
     * sources have not delivered all of it, it is provisional and says so, rather than the page opening on a period
     * long past because some source stopped.
     */
    public Period lastComplete(Grain grain) {
        return Period.endingBy(grain, coverage.lastCompleteDay());
    }

    /** The channels a role's filter offers: the SMM specialist works with the social networks, the others with all. */
    public List<Channel> channelChoices(Role role) {
        ChannelCatalog catalog = channelCatalogs.current();
        return role == Role.SMM_SPECIALIST ? catalog.social() : catalog.all();
    }

    /** One scorecard's computation, with the catalog as it stands now (custom KPIs included). */
    private final class Computation {

        private final KpiCatalog catalog;
        private final KpiEngine engine;
        private final DataReach reach;
        private final JudgeAgainstGoals judge;
        private final ScorecardRequest request;
        private final Reader reader;
        private final Map<String, Boolean> readable = new HashMap<>();

        Computation(KpiCatalog catalog, ScorecardRequest request) {
            this.catalog = catalog;
            this.engine = new KpiEngine(catalog);
            this.reach = coverage.now();
            // a run's scorecards (and its analyses' plans) share one judge: each goal KPI is phased once
            this.judge = memo.once(JudgeAgainstGoals.class,
                    () -> new JudgeAgainstGoals(catalog, new GoalTargetPhasing(catalog, goalValues), reach));
            this.request = request;
            // what may be read depends on the roles alone, and the scorecard is kept per set of roles
            this.reader = Reader.of("", request.viewerRoles());
        }

        Scorecard show() {
            return read().get();
        }

        /**
         * Reads what the scorecard needs, here, on the calling thread (the goals, the layout, the run's values, the
         * sources' freshness, the goals' values its judgements phase targets with), and returns the rest. For a
         * scorecard of rows only, the rest reads nothing and changes nothing shared, so another thread may compute it
         * (ADR 26); a page's also asks the reading rights for its tables and is computed where it was asked.
         */
        Supplier<Scorecard> read() {
            Period period = Period.of(request.grain(), request.day());
            List<Period> history = history(period, request.periods());
            Role role = request.role();
            List<Goal> visibleGoals = goals.visibleTo(request.viewerRoles()).stream()
                    .filter(goal -> goal.period().isPresent()).toList();

            List<KpiDefinition> kpis = new ArrayList<>(scorecards.kpisOf(role));
            int composed = kpis.size();
            if (Scorecard.showsGoals(role)) {
                kpis.addAll(goalKpisOutside(kpis, visibleGoals, period));
            }
            ChannelTableReading tables = new ChannelTableReading(catalog, engine);
            FunnelReading funnels = new FunnelReading(catalog, engine);
            Optional<ChannelColumns> economics = role == Role.MARKETER
                    ? Optional.of(ChannelColumns.standard(ChannelColumns.ECONOMICS)) : Optional.empty();
            Optional<ChannelColumns> social = role == Role.SMM_SPECIALIST
                    ? Optional.of(ChannelColumns.standard(ChannelColumns.SOCIAL)) : Optional.empty();
            List<com.kpipulse.domain.kpi.Funnel> funnelDefinitions = role == Role.MARKETER ? Funnels.standard() : List.of();

            List<KpiDefinition> figures = new ArrayList<>(kpis);
            economics.ifPresent(columns -> figures.addAll(tables.figuresOf(columns)));
            social.ifPresent(columns -> figures.addAll(tables.figuresOf(columns)));
            figures.addAll(funnels.figuresOf(funnelDefinitions));
            Set<MeasureCode> measures = measuresOf(figures);
            Period span = new Period(history.getFirst().previous().start(), period.endExclusive());
            LocalDate daysFrom = daysFrom(kpis, figures, history, span);
            Supplier<ObservationSet> read = daysFrom.equals(span.start())
                    ? observations.perChannelNarrowedLater(measures, span, request.channels())
                    : readNow(observations.perChannel(measures, span, request.channels(),
                            wholeMonths(daysFrom, measures, figures)));
            DimensionSelection selection = request.channels().isEmpty() ? DimensionSelection.all()
                    : DimensionSelection.where("channel", request.channels().toArray(String[]::new));
            kpis.forEach(kpi -> judge.readFor(kpi, period, visibleGoals));
            List<String> choices = channelChoices(role).stream().map(Channel::code).toList();
            List<SourceFreshness> lastDays = freshness.lastDaysOf(measures);

            return () -> {
                ObservationSet data = read.get();
                List<Scorecard.Row> rows = new ArrayList<>();
                for (int i = 0; i < kpis.size(); i++) {
                    KpiDefinition kpi = kpis.get(i);
                    Set<MeasureCode> needs = catalog.measuresOf(kpi);
                    List<Coverage> coverages = history.stream().map(p -> reach.coverage(p, needs)).toList();
                    List<KpiValue> values = coverages.stream()
                            .map(covered -> engine.evaluateToDate(kpi, covered, selection, data)).toList();
                    // the same days of the period before; with no day covered there is nothing to compare either
                    KpiValue previous = coverages.getLast().toDate()
                            .map(days -> engine.evaluate(kpi, days.previous(), selection, data)).orElse(values.getLast());
                    // the run's judge judges a KPI in a period and channels once for every role's scorecard
                    PeriodJudgement judgement = judge.inPeriodOnce(kpi, period, visibleGoals, request.channels());
                    rows.add(new Scorecard.Row(kpi, values.getLast(), previous, values, coverages, judgement,
                            i >= composed, perPeriodOnly(kpi, values.getLast(), span, selection, data)));
                }
                // the page is as far along as its freshest KPI: the tables and funnels take those days
                Coverage pageCoverage = Coverage.of(period,
                        reach.lastDayOfFreshest(kpis.stream().map(catalog::measuresOf).toList()));
                Period shown = pageCoverage.toDate().map(PartOfPeriod::part).orElse(period);
                List<Period> funnelHistory = new ArrayList<>(history.subList(0, history.size() - 1));
                funnelHistory.add(shown);

                if (request.rowsOnly()) {
                    return new Scorecard(role, request.grain(), period, reach.lastCompleteDay(), pageCoverage,
                            request.channels(), choices, rows, List.of(), Optional.empty(), Optional.empty(), List.of(),
                            Optional.empty(), lastDays);
                }
                List<Scorecard.GoalLine> goalLines = Scorecard.showsGoals(role) ? goalLines(visibleGoals, period)
                        : List.of();
                Predicate<String> mayRead = this::mayRead;
                Predicate<String> mayReadMeasure = code -> rights.mayReadMeasure(reader, code);
                Optional<Scorecard.ChannelTable> channelTable = economics.map(columns -> tables.table(columns,
                        channels(channelCatalogs.current().all()), selection, shown, data, mayRead, mayReadMeasure));
                Optional<Scorecard.ChannelTable> socialTable = social.map(columns -> tables.table(columns,
                        channels(channelCatalogs.current().social()), selection, shown, data, mayRead, mayReadMeasure));
                List<Scorecard.Funnel> funnelsNow = funnels.funnels(funnelDefinitions, funnelHistory, selection, data,
                        mayRead);

                return new Scorecard(role, request.grain(), period, reach.lastCompleteDay(), pageCoverage,
                        request.channels(), choices, rows, goalLines, channelTable, socialTable, funnelsNow,
                        FunnelReading.weakest(funnelsNow), lastDays);
            };
        }

        /**
         * The first day the page reads day by day; the whole months before it come summed (ADR 27). A period the
         * KPIs' data cover to its end is evaluated whole, and so are the periods its {@code prev()} looks back to:
         * whole months, which their sums answer. A provisional one is evaluated to date, and so are the same days of
         * the periods its KPIs look back to (and, for the period shown, of the one before it: the trend), so those
         * are read day by day. A week's page reads every day, and so does a scorecard of one period (the monitoring
         * cycle's, which shares its reads of days, ADR 26); a page whose data cover the period shown reads none.
         */
        private LocalDate daysFrom(List<KpiDefinition> kpis, List<KpiDefinition> figures, List<Period> history,
                                   Period span) {
            if (request.grain() == Grain.WEEK || request.periods() == 1) {
                return span.start();
            }
            int back = figures.stream().mapToInt(catalog::periodsBack).max().orElse(0);
            List<Set<MeasureCode>> needs = kpis.stream().map(catalog::measuresOf).toList();
            LocalDate from = span.endExclusive();
            for (Period period : history) {
                int trend = period.equals(history.getLast()) ? 1 : 0;
                for (Set<MeasureCode> measures : needs) {
                    if (reach.coverage(period, measures).provisional()) {
                        LocalDate first = before(period, back + trend).start();
                        from = first.isBefore(from) ? first : from;
                        break;
                    }
                }
            }
            return from.isBefore(span.start()) ? span.start() : from;
        }

        /**
         * What the page needs of the whole months before {@code daysFrom}: the sums of the measures the engine adds
         * up over days, unless a formula takes one at a moment of the period ({@code last()}, {@code first()}); the
         * first and last days of the snapshots, where a month's or a quarter's level lies.
         */
        private WholeMonths wholeMonths(LocalDate daysFrom, Set<MeasureCode> measures, List<KpiDefinition> figures) {
            Set<MeasureCode> atAMoment = new HashSet<>();
            figures.forEach(kpi -> atAMoment.addAll(catalog.measuresAtAMoment(kpi)));
            Set<MeasureCode> summed = new HashSet<>();
            Set<MeasureCode> atTheirEnds = new HashSet<>();
            for (MeasureCode code : measures) {
                catalog.measures().find(code.value()).ifPresent(measure -> {
                    if (measure.aggregation().isSnapshot()) {
                        atTheirEnds.add(code);
                    } else if (measure.aggregation() == Aggregation.ADDITIVE && !atAMoment.contains(code)) {
                        summed.add(code);
                    }
                });
            }
            return new WholeMonths(daysFrom, summed, atTheirEnds);
        }

        /** The channels of a table that the filter keeps, in the catalog's order. */
        private List<String> channels(List<Channel> table) {
            return table.stream().map(Channel::code)
                    .filter(code -> request.channels().isEmpty() || request.channels().contains(code)).toList();
        }

        /** KPIs the visible goals set targets for in the period that the role's list does not show. */
        private List<KpiDefinition> goalKpisOutside(List<KpiDefinition> shown, List<Goal> visibleGoals, Period period) {
            Set<String> codes = new LinkedHashSet<>();
            shown.forEach(kpi -> codes.add(kpi.code().value()));
            var extra = new ArrayList<KpiDefinition>();
            for (Goal goal : visibleGoals) {
                Period goalPeriod = goal.period().orElseThrow();
                if (!goalPeriod.start().isBefore(period.endExclusive()) || !period.start().isBefore(goalPeriod.endExclusive())) {
                    continue;
                }
                for (GoalKpi goalKpi : goal.kpis()) {
                    if (goalKpi.target().isPresent() && codes.add(goalKpi.kpi().value())) {
                        catalog.find(goalKpi.kpi().value()).ifPresent(extra::add);
                    }
                }
            }
            return extra;
        }

        /**
         * Each goal KPI with a target, judged from the goal's start to the end of the shown period (or as far as the
         * KPI's data reach).
         */
        private List<Scorecard.GoalLine> goalLines(List<Goal> visibleGoals, Period period) {
            var lines = new ArrayList<Scorecard.GoalLine>();
            for (Goal goal : visibleGoals) {
                for (GoalKpi goalKpi : goal.kpis()) {
                    Optional<KpiDefinition> kpi = catalog.find(goalKpi.kpi().value());
                    if (kpi.isEmpty()) {
                        continue;
                    }
                    judge.sinceStart(goal, goalKpi, kpi.get(), period.lastDay()).map(ShowScorecard::line)
                            .ifPresent(lines::add);
                }
            }
            return lines;
        }

        /**
         * Why a KPI has no value, when it is because a measure counted per period (the buyers of a month, who are not
         * the buyers of its weeks added up) is recorded for other periods than the scorecard's.
         */
        private Optional<Scorecard.PerPeriodOnly> perPeriodOnly(KpiDefinition kpi, KpiValue actual, Period span,
                                                                 DimensionSelection selection, ObservationSet data) {
            if (actual.isKnown()) {
                return Optional.empty();
            }
            for (MeasureCode code : catalog.measuresOf(kpi)) {
                MeasureDefinition measure = catalog.measures().get(code);
                if (measure.aggregation() != Aggregation.ADDITIVE_PER_PERIOD) {
                    continue;
                }
                Set<Grain> grains = new TreeSet<>();
                for (Observation observation : data.within(code, span, selection)) {
                    observation.period().grain().ifPresent(grains::add);
                }
                if (!grains.isEmpty() && !grains.contains(request.grain())) {
                    return Optional.of(new Scorecard.PerPeriodOnly(measure, List.copyOf(grains)));
                }
            }
            return Optional.empty();
        }

        private boolean mayRead(String kpi) {
            return readable.computeIfAbsent(kpi, code -> rights.mayReadKpi(reader, code));
        }

        private Set<MeasureCode> measuresOf(Collection<KpiDefinition> kpis) {
            Set<MeasureCode> measures = new HashSet<>();
            kpis.forEach(kpi -> measures.addAll(catalog.measuresOf(kpi)));
            return measures;
        }
    }

    private static Scorecard.GoalLine line(SinceStart since) {
        return new Scorecard.GoalLine(since.goal(), since.kpi(), since.goalTarget(), since.cumulative(), since.asOf(),
                since.due(), since.evaluation(), since.progress());
    }

    /** The period {@code count} periods before {@code period}. */
    private static Period before(Period period, int count) {
        Period before = period;
        for (int i = 0; i < count; i++) {
            before = before.previous();
        }
        return before;
    }

    private static Supplier<ObservationSet> readNow(ObservationSet values) {
        return () -> values;
    }

    private static List<Period> history(Period period, int count) {
        var periods = new ArrayList<Period>();
        Period cursor = period;
        for (int i = 0; i < count; i++) {
            periods.addFirst(cursor);
            cursor = cursor.previous();
        }
        return List.copyOf(periods);
    }
}

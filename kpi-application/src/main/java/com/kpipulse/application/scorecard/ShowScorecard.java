package com.kpipulse.application.scorecard;

import com.kpipulse.application.evaluation.DataFreshness;
import com.kpipulse.application.evaluation.ObservationReader;
import com.kpipulse.application.goal.GoalTargetPhasing;
import com.kpipulse.application.goal.ManageGoals;
import com.kpipulse.application.kpi.KpiCatalogs;
import com.kpipulse.domain.evaluation.EvaluationPolicy;
import com.kpipulse.domain.evaluation.KpiEvaluation;
import com.kpipulse.domain.evaluation.KpiEvaluator;
import com.kpipulse.domain.evaluation.PhasedTarget;
import com.kpipulse.domain.evaluation.Target;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.measure.Unit;
import com.kpipulse.domain.period.Period;
import com.kpipulse.domain.scorecard.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds a role's scorecard for a period. The KPIs of the page are read in one go (every measure they need over the
 * whole sparkline span plus the period before it, for growth KPIs) and computed by the one KPI engine; targets come
 * from the goals the person may see, phased over the goal's periods the way each goal KPI keeps it (evenly, by last
 * year's shape, or as typed by hand per week).
 */
@ApplicationScoped
public class ShowScorecard {

    /** Periods on a sparkline, the shown one included. */
    public static final int HISTORY = 13;
    /** The channels of the marketer's channel table, in the order the department talks about them. */
    public static final List<String> CHANNELS = List.of("yandex_direct", "vk_ads", "google_ads", "seo", "smm_vk",
            "telegram", "email", "direct");
    static final List<String> CHANNEL_KPIS = List.of("romi", "roas", "cac", "cpa", "cpc", "ctr", "conversion_rate");
    static final List<String> FUNNEL = List.of("visits", "carts", "cart_orders");

    private final ObservationReader observations;
    private final ManageGoals goals;
    private final DataFreshness freshness;
    private final RoleScorecards scorecards;
    private final KpiCatalogs catalogs;
    private final Clock clock;

    @Inject
    public ShowScorecard(ObservationReader observations, ManageGoals goals, DataFreshness freshness,
                         RoleScorecards scorecards, KpiCatalogs catalogs, Clock clock) {
        this.observations = observations;
        this.goals = goals;
        this.freshness = freshness;
        this.scorecards = scorecards;
        this.catalogs = catalogs;
        this.clock = clock;
    }

    public Scorecard show(ScorecardRequest request) {
        return new Computation(catalogs.current()).show(request);
    }

    /** One scorecard's computation, with the catalog as it stands now (custom KPIs included). */
    private final class Computation {

        private final KpiCatalog catalog;
        private final KpiEngine engine;
        private final KpiEvaluator evaluator;
        private final GoalTargetPhasing goalTargets;

        Computation(KpiCatalog catalog) {
            this.catalog = catalog;
            this.engine = new KpiEngine(catalog);
            this.evaluator = new KpiEvaluator(engine, EvaluationPolicy.standard());
            this.goalTargets = new GoalTargetPhasing(catalog, observations);
        }

        Scorecard show(ScorecardRequest request) {
            Period period = Period.of(request.grain(), request.day());
            List<Period> history = history(period);
            List<KpiDefinition> kpis = scorecards.kpisOf(request.role());
            boolean marketer = request.role() == Role.MARKETER;
            List<KpiDefinition> channelKpis = marketer ? CHANNEL_KPIS.stream().map(this::kpi).toList() : List.of();
            List<KpiDefinition> funnelSteps = marketer ? funnelSteps() : List.of();

            Set<MeasureCode> measures = measuresOf(Stream.of(kpis, channelKpis, funnelSteps).flatMap(List::stream).toList());
            Period span = new Period(history.getFirst().previous().start(), period.endExclusive());
            ObservationSet data = observations.read(measures, span, request.channels());
            DimensionSelection selection = request.channels().isEmpty() ? DimensionSelection.all()
                    : DimensionSelection.where("channel", request.channels().toArray(String[]::new));

            boolean targetsApply = request.channels().isEmpty();
            List<Goal> visibleGoals = goals.visibleTo(request.viewerRoles()).stream()
                    .filter(goal -> goal.period().isPresent()).toList();

            List<Scorecard.Row> rows = kpis.stream().map(kpi -> {
                List<KpiValue> values = history.stream().map(p -> engine.evaluate(kpi, p, selection, data)).toList();
                Optional<GoalTarget> target = targetsApply ? targetOf(kpi, period, visibleGoals) : Optional.empty();
                Optional<KpiEvaluation> evaluation = target.map(t ->
                        evaluator.evaluate(kpi, period, Target.absolute(t.value()), selection, data));
                return new Scorecard.Row(kpi, values.getLast(), values.get(values.size() - 2), values, evaluation,
                        target.map(GoalTarget::goal));
            }).toList();

            List<Scorecard.GoalLine> goalLines = Scorecard.showsGoals(request.role()) ? goalLines(visibleGoals, period) : List.of();

            Optional<Scorecard.ChannelTable> channelTable = marketer
                    ? Optional.of(channelTable(channelKpis, period, request.channels(), data)) : Optional.empty();
            Optional<Scorecard.Funnel> funnel = marketer ? Optional.of(funnel(funnelSteps, period, selection, data))
                    : Optional.empty();

            return new Scorecard(request.role(), request.grain(), period, request.channels(), rows, goalLines,
                    channelTable, funnel, freshness.lastDaysOf(measures), targetsApply);
        }

        private static List<Period> history(Period period) {
            var periods = new ArrayList<Period>();
            Period cursor = period;
            for (int i = 0; i < HISTORY; i++) {
                periods.addFirst(cursor);
                cursor = cursor.previous();
            }
            return List.copyOf(periods);
        }

        private record GoalTarget(Goal goal, BigDecimal value) {
        }

        /** The target of the first visible goal that sets one for this KPI in this period. */
        private Optional<GoalTarget> targetOf(KpiDefinition kpi, Period period, List<Goal> visibleGoals) {
            for (Goal goal : visibleGoals) {
                for (GoalKpi goalKpi : goal.kpis()) {
                    if (!goalKpi.kpi().equals(kpi.code()) || goalKpi.target().isEmpty()) {
                        continue;
                    }
                    Optional<BigDecimal> value = goalTargets.phased(goal, goalKpi, kpi, period.grain().orElseThrow())
                            .flatMap(phased -> GoalTargetPhasing.within(phased.target(), period));
                    if (value.isPresent()) {
                        return Optional.of(new GoalTarget(goal, value.get()));
                    }
                }
            }
            return Optional.empty();
        }

        /** Each goal KPI with a target, judged against what is due by the end of the shown period (or today). */
        private List<Scorecard.GoalLine> goalLines(List<Goal> visibleGoals, Period period) {
            LocalDate today = LocalDate.now(clock);
            var lines = new ArrayList<Scorecard.GoalLine>();
            for (Goal goal : visibleGoals) {
                Period goalPeriod = goal.period().orElseThrow();
                LocalDate asOf = min(min(today, period.lastDay()), goalPeriod.lastDay());
                if (asOf.isBefore(goal.start())) {
                    continue;
                }
                for (GoalKpi goalKpi : goal.kpis()) {
                    Optional<KpiDefinition> kpi = catalog.find(goalKpi.kpi().value());
                    if (kpi.isEmpty() || goalKpi.target().isEmpty()) {
                        continue;
                    }
                    Optional<GoalTargetPhasing.Phased> phased = goalTargets.phased(goal, goalKpi, kpi.get(),
                            period.grain().orElseThrow());
                    if (phased.isEmpty()) {
                        continue;
                    }
                    PhasedTarget target = phased.get().target();
                    BigDecimal due = target.pacingBy(asOf);
                    Period soFar = Period.custom(goal.start(), asOf);
                    ObservationSet data = goalTargets.dataOf(goal);
                    KpiEvaluation pacing = evaluator.evaluate(kpi.get(), soFar, Target.absolute(due), DimensionSelection.all(), data);
                    BigDecimal total = phased.get().goalTarget();
                    Optional<BigDecimal> progress = target.cumulative() && total.signum() > 0
                            ? pacing.actual().number().map(actual -> actual.divide(total, MathContext.DECIMAL64))
                            : pacing.attainment();
                    lines.add(new Scorecard.GoalLine(goal, kpi.get(), total, target.cumulative(), asOf, due, pacing,
                            progress));
                }
            }
            return lines;
        }

        private Scorecard.ChannelTable channelTable(List<KpiDefinition> kpis, Period period, Set<String> filter,
                                                    ObservationSet data) {
            List<Scorecard.ChannelRow> rows = CHANNELS.stream()
                    .filter(channel -> filter.isEmpty() || filter.contains(channel))
                    .map(channel -> new Scorecard.ChannelRow(channel, kpis.stream()
                            .map(kpi -> engine.evaluate(kpi, period, DimensionSelection.where("channel", channel), data))
                            .toList()))
                    .toList();
            return new Scorecard.ChannelTable(kpis, rows);
        }

        /** One step per stage after the first: "carts / visits", "cart_orders / carts". */
        private List<KpiDefinition> funnelSteps() {
            var steps = new ArrayList<KpiDefinition>();
            for (int i = 1; i < FUNNEL.size(); i++) {
                String from = FUNNEL.get(i - 1);
                String to = FUNNEL.get(i);
                steps.add(new KpiDefinition(new KpiCode(from + "_to_" + to), from + " → " + to, from + " → " + to,
                        to + " / " + from, Unit.PERCENT, Direction.HIGHER_IS_BETTER, Level.OPERATIONAL, KpiGroup.MARKETING,
                        "", ""));
            }
            return steps;
        }

        private Scorecard.Funnel funnel(List<KpiDefinition> steps, Period period, DimensionSelection selection,
                                        ObservationSet data) {
            var stages = new ArrayList<Scorecard.Stage>();
            Optional<Integer> weakest = Optional.empty();
            BigDecimal lowest = null;
            for (int i = 0; i < FUNNEL.size(); i++) {
                var measure = catalog.measures().find(FUNNEL.get(i)).orElseThrow();
                KpiValue count = engine.evaluate(asKpi(measure.code().value(), measure.unit()), period, selection, data);
                Optional<KpiValue> conversion = i == 0 ? Optional.empty()
                        : Optional.of(engine.evaluate(steps.get(i - 1), period, selection, data));
                if (conversion.isPresent() && conversion.get() instanceof KpiValue.Known known
                        && (lowest == null || known.value().compareTo(lowest) < 0)) {
                    lowest = known.value();
                    weakest = Optional.of(i);
                }
                stages.add(new Scorecard.Stage(measure, count, conversion));
            }
            return new Scorecard.Funnel(stages, weakest);
        }

        private static KpiDefinition asKpi(String measure, Unit unit) {
            return new KpiDefinition(new KpiCode(measure), measure, measure, measure, unit, Direction.HIGHER_IS_BETTER,
                    Level.OPERATIONAL, KpiGroup.MARKETING, "", "");
        }

        private KpiDefinition kpi(String code) {
            return catalog.find(code).orElseThrow(() -> new IllegalStateException("No KPI " + code + " in the catalog"));
        }

        private Set<MeasureCode> measuresOf(Collection<KpiDefinition> kpis) {
            Set<MeasureCode> measures = new HashSet<>();
            kpis.forEach(kpi -> measures.addAll(catalog.measuresOf(kpi)));
            return measures;
        }

        private static LocalDate min(LocalDate a, LocalDate b) {
            return a.isBefore(b) ? a : b;
        }
    }
}

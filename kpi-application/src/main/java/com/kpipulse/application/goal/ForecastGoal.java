package com.kpipulse.application.goal;

import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.analysis.forecast.DeadlineForecast;
import com.kpipulse.domain.analysis.forecast.DeadlineForecaster;
import com.kpipulse.domain.analysis.forecast.DeadlineQuestion;
import com.kpipulse.domain.goal.Goal;
import com.kpipulse.domain.goal.GoalId;
import com.kpipulse.domain.goal.GoalKpi;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Where a goal's KPIs that are sums over days (revenue, orders, new customers, visits) are heading at its deadline
 * ({@link DeadlineForecaster}): each KPI's daily values over every channel, from a year and 26 weeks before the last
 * whole day (the weekday pattern and last year's shape) up to it, against the goal's target as the goal pages resolve
 * it ({@link GoalTargetPhasing}). Rates, levels and snapshots are not forecast and say so.
 */
@ApplicationScoped
public class ForecastGoal {

    /** A year and 26 weeks: what the forecaster reads for last year's shape. */
    static final int HISTORY_DAYS = 364 + 26 * 7;

    /** One goal KPI's forecast, or why there is none. */
    public sealed interface KpiForecast {

        GoalKpi goalKpi();

        /** The forecaster's answer: the expected total with its interval and chance, or why it has none. */
        record Forecast(GoalKpi goalKpi, KpiDefinition kpi, DeadlineForecast forecast) implements KpiForecast {
            public Forecast {
                Objects.requireNonNull(kpi, "kpi");
                Objects.requireNonNull(forecast, "forecast");
            }
        }

        /** Not forecast: the KPI is no sum over days, no longer in the catalog, or the goal has no deadline. */
        record NotForecast(GoalKpi goalKpi, Optional<KpiDefinition> kpi, Why why) implements KpiForecast {
        }

        enum Why {
            NOT_A_SUM, NOT_IN_CATALOG, NO_DEADLINE
        }
    }

    private final Goals goals;
    private final CurrentKpiCatalog catalogs;
    private final ValuesThatCount values;
    private final Clock clock;
    private final DeadlineForecaster forecaster = new DeadlineForecaster();

    @Inject
    public ForecastGoal(Goals goals, CurrentKpiCatalog catalogs, ValuesThatCount values, Clock clock) {
        this.goals = goals;
        this.catalogs = catalogs;
        this.values = values;
        this.clock = clock;
    }

    /** The forecast of each KPI of the goal, in the goal's order: unknown without such a goal, denied when not visible. */
    public Access<List<KpiForecast>> of(Reader reader, GoalId id) {
        Optional<Versioned<Goal>> found = goals.find(id);
        if (found.isEmpty()) {
            return Access.unknown();
        }
        Goal goal = found.get().value();
        if (!ReadingRights.mayRead(reader.claims(), goal)) {
            return Access.denied();
        }
        return Access.granted(forecasts(goal, goalKpi -> true));
    }

    /**
     * The forecast of one KPI of the goal, the same as {@link #of} gives it among the others (the KPI detail's pace
     * chart draws it); empty when the goal does not hold the KPI.
     */
    public Access<Optional<KpiForecast>> of(Reader reader, GoalId id, KpiCode kpi) {
        Optional<Versioned<Goal>> found = goals.find(id);
        if (found.isEmpty()) {
            return Access.unknown();
        }
        Goal goal = found.get().value();
        if (!ReadingRights.mayRead(reader.claims(), goal)) {
            return Access.denied();
        }
        return Access.granted(forecasts(goal, goalKpi -> goalKpi.kpi().equals(kpi)).stream().findFirst());
    }

    private List<KpiForecast> forecasts(Goal goal, Predicate<GoalKpi> chosen) {
        KpiCatalog catalog = catalogs.current();
        List<KpiForecast> forecasts = new ArrayList<>();
        Optional<Period> period = goal.period();
        LocalDate lastWholeDay = DataCoverage.lastCompleteDay(clock);
        GoalTargetPhasing phasing = new GoalTargetPhasing(catalog, values);
        KpiEngine engine = new KpiEngine(catalog);
        for (GoalKpi goalKpi : goal.kpis().stream().filter(chosen).toList()) {
            Optional<KpiDefinition> kpi = catalog.find(goalKpi.kpi().value());
            if (kpi.isEmpty()) {
                forecasts.add(new KpiForecast.NotForecast(goalKpi, kpi, KpiForecast.Why.NOT_IN_CATALOG));
            } else if (period.isEmpty()) {
                forecasts.add(new KpiForecast.NotForecast(goalKpi, kpi, KpiForecast.Why.NO_DEADLINE));
            } else if (!catalog.isAdditive(kpi.get())) {
                forecasts.add(new KpiForecast.NotForecast(goalKpi, kpi, KpiForecast.Why.NOT_A_SUM));
            } else {
                LocalDate deadline = period.get().lastDay();
                LocalDate lastKnown = lastWholeDay.isAfter(deadline) ? deadline : lastWholeDay;
                Optional<BigDecimal> target = phasing.phased(goal, goalKpi, kpi.get(), Grain.WEEK)
                        .map(GoalTargetPhasing.Phased::goalTarget).filter(total -> total.signum() > 0);
                forecasts.add(new KpiForecast.Forecast(goalKpi, kpi.get(),
                        forecast(catalog, engine, kpi.get(), goal.start(), deadline, lastKnown, target)));
            }
        }
        return forecasts;
    }

    private DeadlineForecast forecast(KpiCatalog catalog, KpiEngine engine, KpiDefinition kpi, LocalDate start,
                                      LocalDate deadline, LocalDate lastKnown, Optional<BigDecimal> target) {
        LocalDate historyStart = lastKnown.minusDays(HISTORY_DAYS - 1L);
        LocalDate from = start.isBefore(historyStart) ? start : historyStart;
        TreeMap<LocalDate, BigDecimal> daily = new TreeMap<>();
        Optional<Currency> currency = Optional.empty();
        if (!lastKnown.isBefore(from)) {
            ObservationSet read = values.perChannel(catalog.measuresOf(kpi), Period.custom(from, lastKnown), Set.of());
            Map<LocalDate, List<Observation>> byDay = new TreeMap<>();
            for (var measure : catalog.measuresOf(kpi)) {
                for (Observation observation : read.within(measure, Period.custom(from, lastKnown), DimensionSelection.all())) {
                    if (observation.period().days() == 1) {
                        byDay.computeIfAbsent(observation.period().start(), day -> new ArrayList<>()).add(observation);
                    }
                }
            }
            for (Map.Entry<LocalDate, List<Observation>> day : byDay.entrySet()) {
                if (engine.evaluate(kpi, Period.day(day.getKey()), DimensionSelection.all(),
                        ObservationSet.of(day.getValue())) instanceof KpiValue.Known known) {
                    daily.put(day.getKey(), known.value());
                    currency = currency.isPresent() ? currency : known.currency();
                }
            }
        }
        return forecaster.forecast(new DeadlineQuestion(daily, start, deadline, lastKnown, target, kpi.direction(),
                kpi.unit(), currency));
    }
}

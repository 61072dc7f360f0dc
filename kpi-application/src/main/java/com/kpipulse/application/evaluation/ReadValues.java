package com.kpipulse.application.evaluation;

import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.domain.kpi.Direction;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiGroup;
import com.kpipulse.domain.kpi.Level;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DataReach;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a KPI or a base measure over a span, period by period and in total, from the stored values through the one
 * KPI engine: measures are aggregated first, then the formula is applied. Read with a {@link DataReach}, every period
 * is taken as far as the data cover it (a provisional one to date, compared like for like); read without, every
 * period is taken whole (a goal's history, which tells the weeks that are not over itself).
 */
@ApplicationScoped
public class ReadValues {

    private final ValuesThatCount observations;
    private final Supplier<KpiCatalog> catalogs;

    @Inject
    public ReadValues(ValuesThatCount observations, CurrentKpiCatalog catalogs) {
        this(observations, catalogs::current);
    }

    /** With the standard catalog only (no custom KPIs). */
    public ReadValues(ValuesThatCount observations) {
        this(observations, KpiCatalog::standard);
    }

    ReadValues(ValuesThatCount observations, Supplier<KpiCatalog> catalogs) {
        this.observations = observations;
        this.catalogs = catalogs;
    }

    /** A catalog KPI (standard or custom), every period whole; empty when there is no KPI with that code. */
    public Optional<ValueSeries> kpi(String code, LocalDate from, LocalDate to, Grain grain, Set<String> channels) {
        return kpi(code, from, to, grain, channels, Optional.empty());
    }

    /** A catalog KPI, each period as far as {@code reach} covers it; empty when there is no KPI with that code. */
    public Optional<ValueSeries> kpi(String code, LocalDate from, LocalDate to, Grain grain, Set<String> channels,
                                     DataReach reach) {
        return kpi(code, from, to, grain, channels, Optional.of(reach));
    }

    /**
     * A base measure aggregated by its own rule (summed, or the last value of a snapshot), each period as far as
     * {@code reach} covers it; empty when unknown.
     */
    public Optional<ValueSeries> measure(String code, LocalDate from, LocalDate to, Grain grain, Set<String> channels,
                                         DataReach reach) {
        KpiCatalog catalog = catalogs.get();
        return catalog.measures().find(code)
                .map(measure -> series(catalog, asKpi(measure), from, to, grain, channels, Optional.of(reach)));
    }

    /**
     * A KPI in one period as far as {@code reach} covers it, and over the same days of the period before (like for
     * like); empty when there is no KPI with that code.
     */
    public Optional<ToDate> toDate(String code, Period period, Set<String> channels, DataReach reach) {
        KpiCatalog catalog = catalogs.get();
        return catalog.find(code).map(kpi -> {
            KpiEngine engine = new KpiEngine(catalog);
            Set<MeasureCode> measures = catalog.measuresOf(kpi);
            ObservationSet data = observations.perChannel(measures, loadSpan(period.previous().start(), period), channels);
            DimensionSelection selection = selection(channels);
            Coverage coverage = reach.coverage(period, measures);
            KpiValue now = engine.evaluateToDate(kpi, coverage, selection, data);
            KpiValue before = coverage.toDate().map(days -> engine.evaluate(kpi, days.previous(), selection, data))
                    .orElse(now);
            return new ToDate(coverage, now, before);
        });
    }

    /**
     * A period's value as far as its data cover it, and the same days of the period before.
     *
     * @param before the same days of the period before; with no day covered, no value either
     */
    public record ToDate(Coverage coverage, KpiValue now, KpiValue before) {
    }

    private Optional<ValueSeries> kpi(String code, LocalDate from, LocalDate to, Grain grain, Set<String> channels,
                                      Optional<DataReach> reach) {
        KpiCatalog catalog = catalogs.get();
        return catalog.find(code).map(kpi -> series(catalog, kpi, from, to, grain, channels, reach));
    }

    private ValueSeries series(KpiCatalog catalog, KpiDefinition kpi, LocalDate from, LocalDate to, Grain grain,
                               Set<String> channels, Optional<DataReach> reach) {
        KpiEngine engine = new KpiEngine(catalog);
        Period span = Period.custom(from, to);
        Set<MeasureCode> measures = catalog.measuresOf(kpi);
        ObservationSet data = observations.perChannel(measures, loadSpan(Period.of(grain, from).start(), span), channels);
        DimensionSelection selection = selection(channels);
        List<ValueSeries.PeriodValue> values = span.split(grain).stream().map(period -> {
            Coverage coverage = reach.map(r -> r.coverage(period, measures)).orElseGet(() -> Coverage.complete(period));
            return new ValueSeries.PeriodValue(period, engine.evaluateToDate(kpi, coverage, selection, data), coverage);
        }).toList();
        Coverage total = reach.map(r -> r.coverage(span, measures)).orElseGet(() -> Coverage.complete(span));
        return new ValueSeries(kpi.code().value(), grain, kpi.unit(), values,
                engine.evaluateToDate(kpi, total, selection, data), total);
    }

    /** What to read for {@code span}: prev() needs the span before, as long as the span itself and a month more. */
    private static Period loadSpan(LocalDate firstStart, Period span) {
        return new Period(firstStart.minusDays(span.days()).minusMonths(1), span.endExclusive());
    }

    private static DimensionSelection selection(Set<String> channels) {
        return channels.isEmpty()
                ? DimensionSelection.all()
                : DimensionSelection.where("channel", channels.toArray(String[]::new));
    }

    /** A base measure as a KPI whose formula is the measure alone, so the one engine aggregates it by its own rule. */
    public static KpiDefinition asKpi(MeasureDefinition measure) {
        String code = measure.code().value();
        return new KpiDefinition(new KpiCode(code), measure.nameRu(), measure.nameEn(), code, measure.unit(),
                Direction.HIGHER_IS_BETTER, Level.OPERATIONAL, KpiGroup.MARKETING, measure.nameRu(), measure.nameEn());
    }
}

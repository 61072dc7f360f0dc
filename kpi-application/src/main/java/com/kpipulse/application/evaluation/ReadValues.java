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
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.measure.ObservationSet;
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
 * KPI engine: measures are aggregated first, then the formula is applied.
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

    /** A catalog KPI (standard or custom); empty when there is no KPI with that code. */
    public Optional<ValueSeries> kpi(String code, LocalDate from, LocalDate to, Grain grain, Set<String> channels) {
        KpiCatalog catalog = catalogs.get();
        return catalog.find(code).map(kpi -> series(catalog, kpi, from, to, grain, channels));
    }

    /** A base measure aggregated by its own rule (summed, or the last value of a snapshot); empty when unknown. */
    public Optional<ValueSeries> measure(String code, LocalDate from, LocalDate to, Grain grain, Set<String> channels) {
        KpiCatalog catalog = catalogs.get();
        return catalog.measures().find(code).map(measure -> series(catalog, asKpi(measure), from, to, grain, channels));
    }

    private ValueSeries series(KpiCatalog catalog, KpiDefinition kpi, LocalDate from, LocalDate to, Grain grain,
                               Set<String> channels) {
        KpiEngine engine = new KpiEngine(catalog);
        Period span = Period.custom(from, to);
        // prev() needs the span before: as long as the span itself, and at least one whole period of the grain
        LocalDate loadFrom = Period.of(grain, from).start().minusDays(span.days()).minusMonths(1);
        ObservationSet data = observations.perChannel(catalog.measuresOf(kpi), new Period(loadFrom, span.endExclusive()), channels);
        DimensionSelection selection = channels.isEmpty()
                ? DimensionSelection.all()
                : DimensionSelection.where("channel", channels.toArray(String[]::new));
        List<ValueSeries.PeriodValue> values = span.split(grain).stream()
                .map(period -> new ValueSeries.PeriodValue(period, engine.evaluate(kpi, period, selection, data)))
                .toList();
        return new ValueSeries(kpi.code().value(), grain, kpi.unit(), values, engine.evaluate(kpi, span, selection, data));
    }

    /** A base measure as a KPI whose formula is the measure alone, so the one engine aggregates it by its own rule. */
    public static KpiDefinition asKpi(MeasureDefinition measure) {
        String code = measure.code().value();
        return new KpiDefinition(new KpiCode(code), measure.nameRu(), measure.nameEn(), code, measure.unit(),
                Direction.HIGHER_IS_BETTER, Level.OPERATIONAL, KpiGroup.MARKETING, measure.nameRu(), measure.nameEn());
    }
}

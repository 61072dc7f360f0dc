package com.kpipulse.application.scorecard;

import com.kpipulse.domain.kpi.Funnel;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiCode;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The catalog's funnels in a period (those with two stages or more that have data): each stage that has data, counted as the KPIs count it, and each step's
 * conversion by its catalog KPI. A step is computed over the channels that have both of its stages (clicks exist for
 * the ad channels only, so "clicks → visits" is theirs alone), unless one stage is kept for the whole site (carts),
 * when it is the whole selection. The weakest link is the step whose conversion fell most against its own average
 * over the periods before: a step that is always low (few visits become leads) is the business's shape, not news.
 */
final class FunnelReading {

    /** A step needs this many earlier periods with a value to be compared with its history. */
    static final int MIN_HISTORY = 3;

    private final KpiCatalog catalog;
    private final KpiEngine engine;

    FunnelReading(KpiCatalog catalog, KpiEngine engine) {
        this.catalog = catalog;
        this.engine = engine;
    }

    /** The stages (as figures) and steps the funnels need read. */
    List<KpiDefinition> figuresOf(List<Funnel> funnels) {
        var figures = new ArrayList<KpiDefinition>();
        for (Funnel funnel : funnels) {
            funnel.stages().forEach(stage -> figures.add(ChannelTableReading.asKpi(catalog.measures().get(stage))));
            funnel.steps().forEach(step -> figures.add(catalog.get(step)));
        }
        return figures;
    }

    /** The funnels as they stand in the last of {@code history} (the periods before it, oldest first, are its past). */
    List<Scorecard.Funnel> funnels(List<Funnel> funnels, List<Period> history, DimensionSelection selection,
                                   ObservationSet data, Predicate<String> readable) {
        Period period = history.getLast();
        List<Period> before = history.subList(0, history.size() - 1);
        var read = new ArrayList<Scorecard.Funnel>();
        for (Funnel funnel : funnels) {
            var stages = new ArrayList<Scorecard.Stage>();
            Optional<MeasureDefinition> gap = Optional.empty();
            boolean previousShown = false;
            for (int i = 0; i < funnel.stages().size(); i++) {
                MeasureDefinition measure = catalog.measures().get(funnel.stages().get(i));
                KpiValue count = engine.evaluate(ChannelTableReading.asKpi(measure), period, selection, data);
                if (!count.isKnown()) {
                    if (previousShown || !stages.isEmpty()) {
                        gap = Optional.of(measure);
                    }
                    previousShown = false;
                    continue;
                }
                Optional<Scorecard.Step> step = Optional.empty();
                if (i > 0 && previousShown) {
                    step = Optional.of(step(funnel, i - 1, period, before, selection, data, readable));
                }
                stages.add(new Scorecard.Stage(measure, count, step, previousShown ? Optional.empty() : gap));
                gap = Optional.empty();
                previousShown = true;
            }
            if (stages.size() >= 2) {
                read.add(new Scorecard.Funnel(funnel, stages));
            }
        }
        return read;
    }

    /** The step whose conversion fell most below its usual level; empty when none fell. */
    static Optional<Scorecard.WeakLink> weakest(List<Scorecard.Funnel> funnels) {
        Scorecard.WeakLink weakest = null;
        BigDecimal lowest = BigDecimal.ZERO;
        for (int f = 0; f < funnels.size(); f++) {
            List<Scorecard.Stage> stages = funnels.get(f).stages();
            for (int s = 0; s < stages.size(); s++) {
                Optional<BigDecimal> change = stages.get(s).step().flatMap(Scorecard.Step::change);
                if (change.isPresent() && change.get().compareTo(lowest) < 0) {
                    lowest = change.get();
                    weakest = new Scorecard.WeakLink(f, s);
                }
            }
        }
        return Optional.ofNullable(weakest);
    }

    private Scorecard.Step step(Funnel funnel, int index, Period period, List<Period> before,
                                DimensionSelection selection, ObservationSet data, Predicate<String> readable) {
        KpiCode code = funnel.steps().get(index);
        KpiDefinition kpi = catalog.get(code);
        MeasureCode from = funnel.stages().get(index);
        MeasureCode to = funnel.stages().get(index + 1);
        Scope scope = scope(from, to, period, selection, data);
        KpiValue conversion = engine.evaluate(kpi, period, scope.selection(), data);
        List<BigDecimal> past = new ArrayList<>();
        for (Period earlier : before) {
            Scope then = scope(from, to, earlier, selection, data);
            engine.evaluate(kpi, earlier, then.selection(), data).number().ifPresent(past::add);
        }
        Optional<BigDecimal> usual = past.size() < MIN_HISTORY ? Optional.empty()
                : Optional.of(past.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(past.size()), MathContext.DECIMAL64));
        Optional<BigDecimal> change = usual.filter(level -> level.signum() > 0).flatMap(level -> conversion.number()
                .map(now -> now.divide(level, MathContext.DECIMAL64).subtract(BigDecimal.ONE)));
        return new Scorecard.Step(kpi, readable.test(code.value()), conversion, usual, change, scope.channels());
    }

    /** The selection a step is computed over, and its channels when fewer than the selection's. */
    private record Scope(DimensionSelection selection, List<String> channels) {
    }

    private Scope scope(MeasureCode from, MeasureCode to, Period period, DimensionSelection selection, ObservationSet data) {
        Set<String> fromChannels = channels(from, period, selection, data);
        Set<String> toChannels = channels(to, period, selection, data);
        if (fromChannels.contains(null) || toChannels.contains(null)) {
            return new Scope(selection, List.of());
        }
        Set<String> both = new LinkedHashSet<>(fromChannels);
        both.retainAll(toChannels);
        Set<String> either = new HashSet<>(fromChannels);
        either.addAll(toChannels);
        if (both.isEmpty() || both.equals(either)) {
            return new Scope(selection, List.of());
        }
        List<String> kept = both.stream().sorted().toList();
        return new Scope(selection.and("channel", kept.toArray(String[]::new)), kept);
    }

    /** The channels a measure has values for in the period; {@code null} among them for values without a channel. */
    private static Set<String> channels(MeasureCode measure, Period period, DimensionSelection selection,
                                        ObservationSet data) {
        Set<String> channels = new HashSet<>();
        for (Observation observation : data.within(measure, period, selection)) {
            channels.add(observation.dimensions().get("channel"));
        }
        return channels;
    }
}

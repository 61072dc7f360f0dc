package com.kpipulse.application.analysis;

import com.kpipulse.application.evaluation.ReadValues;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.domain.analysis.why.ChannelFigures;
import com.kpipulse.domain.analysis.why.InputFlag;
import com.kpipulse.domain.analysis.why.MeasureSums;
import com.kpipulse.domain.analysis.why.PeriodFigures;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The base measures of one period per channel and per campaign, as the store counts them (ADR 6's source priority,
 * through {@link ValuesThatCount}), each aggregated by its own rule through the one KPI engine (summed, or the last
 * value of a snapshot). A measure without a value in a slice is left out: not delivered, which is not zero.
 */
final class StoredFigures {

    private static final String CHANNEL = "channel";
    private static final String CAMPAIGN = "campaign";

    private final ValuesThatCount store;
    private final KpiCatalog catalog;
    private final KpiEngine engine;
    private final Set<MeasureCode> measures;
    private final Set<String> channels;
    private final List<String> channelOrder;
    private Optional<Currency> currency = Optional.empty();

    StoredFigures(ValuesThatCount store, KpiCatalog catalog, Set<MeasureCode> measures, Set<String> channels,
                  List<String> channelOrder) {
        this.store = store;
        this.catalog = catalog;
        this.engine = new KpiEngine(catalog);
        this.measures = Set.copyOf(measures);
        this.channels = Set.copyOf(channels);
        this.channelOrder = List.copyOf(channelOrder);
    }

    /** The period's figures per channel in the catalog's order (values without a channel last), with campaigns. */
    PeriodFigures of(Period period, boolean withCampaigns, List<InputFlag> flags) {
        Map<String, MeasureSums> byChannel = sums(store.perChannel(measures, period, channels), period,
                observation -> observation.dimensions().getOrDefault(CHANNEL, ChannelFigures.WITHOUT_CHANNEL));
        List<ChannelFigures> figures = new ArrayList<>();
        byChannel.forEach((channel, sums) -> figures.add(new ChannelFigures(channel, sums,
                withCampaigns && !channel.equals(ChannelFigures.WITHOUT_CHANNEL)
                        ? sums(store.perCampaign(measures, period, channel), period,
                        observation -> observation.dimensions().getOrDefault(CAMPAIGN, ""))
                        : Map.of())));
        figures.sort(Comparator.comparingInt(channel -> rank(channel.channel())));
        return new PeriodFigures(period, figures, flags);
    }

    /** The KPI over the chosen channels in a period, as the scorecards compute it. */
    KpiValue kpi(KpiDefinition kpi, Period period) {
        ObservationSet data = store.perChannel(catalog.measuresOf(kpi), period, channels);
        return engine.evaluate(kpi, period, channels.isEmpty() ? DimensionSelection.all()
                : DimensionSelection.where(CHANNEL, channels.toArray(String[]::new)), data);
    }

    /** The currency of the money measures read so far. */
    Optional<Currency> currency() {
        return currency;
    }

    private Map<String, MeasureSums> sums(ObservationSet data, Period period, Function<Observation, String> sliceOf) {
        Map<String, Map<String, BigDecimal>> bySlice = new TreeMap<>();
        for (MeasureCode code : measures) {
            KpiDefinition measure = ReadValues.asKpi(catalog.measures().get(code));
            Map<String, List<Observation>> slices = data.within(code, period, DimensionSelection.all()).stream()
                    .collect(Collectors.groupingBy(sliceOf));
            slices.forEach((slice, rows) -> {
                if (engine.evaluate(measure, period, DimensionSelection.all(), ObservationSet.of(rows))
                        instanceof KpiValue.Known known) {
                    bySlice.computeIfAbsent(slice, key -> new TreeMap<>()).put(code.value(), known.value());
                    if (currency.isEmpty()) {
                        currency = known.currency();
                    }
                }
            });
        }
        var sums = new LinkedHashMap<String, MeasureSums>();
        bySlice.forEach((slice, values) -> sums.put(slice, new MeasureSums(values)));
        return sums;
    }

    private int rank(String channel) {
        int index = channelOrder.indexOf(channel);
        if (channel.equals(ChannelFigures.WITHOUT_CHANNEL)) {
            return Integer.MAX_VALUE;
        }
        return index < 0 ? channelOrder.size() : index;
    }
}

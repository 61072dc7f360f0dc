package com.kpipulse.application.analysis;

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
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.measure.Observation;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
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
    /** The measures read per campaign: those a campaign's share and drivers are computed from. */
    private final Set<MeasureCode> perCampaign;
    private final Set<String> channels;
    private final List<String> channelOrder;
    /** The measures a question sees: all those read, or fewer when several questions share the reads. */
    private final Set<String> shown;
    /** What was read so far, shared by the narrowed views: each period is read once. */
    private final Reads read;

    /**
     * @param measures    the measures read per channel
     * @param perCampaign the measures read per campaign, some of {@code measures}
     */
    StoredFigures(ValuesThatCount store, KpiCatalog catalog, Set<MeasureCode> measures, Set<MeasureCode> perCampaign,
                  Set<String> channels, List<String> channelOrder) {
        this(store, catalog, measures, perCampaign, channels, channelOrder,
                measures.stream().map(MeasureCode::value).collect(Collectors.toUnmodifiableSet()),
                new Reads(Set.copyOf(channels)));
    }

    private StoredFigures(ValuesThatCount store, KpiCatalog catalog, Set<MeasureCode> measures,
                          Set<MeasureCode> perCampaign, Set<String> channels, List<String> channelOrder,
                          Set<String> shown, Reads read) {
        this.store = store;
        this.catalog = catalog;
        this.engine = new KpiEngine(catalog);
        this.measures = Set.copyOf(measures);
        this.perCampaign = Set.copyOf(perCampaign);
        this.channels = Set.copyOf(channels);
        this.channelOrder = List.copyOf(channelOrder);
        this.shown = Set.copyOf(shown);
        this.read = read;
    }

    /**
     * The same reads seen through fewer measures and channels (one KPI's, over the channels of one question, of the
     * several a cycle asks about): what a question over just those would have read, without reading it again.
     *
     * @param chosen the channels (empty: all); only a view of figures read for all channels may choose
     */
    StoredFigures narrowedTo(Set<MeasureCode> subset, Set<String> chosen) {
        if (!read.channels.isEmpty() && !chosen.equals(read.channels)) {
            throw new IllegalArgumentException("Figures read for " + read.channels + " cannot show " + chosen);
        }
        Set<String> codes = subset.stream().map(MeasureCode::value).filter(shown::contains)
                .collect(Collectors.toUnmodifiableSet());
        return new StoredFigures(store, catalog, measures, perCampaign, chosen, channelOrder, codes, read);
    }

    /** The period's figures per channel in the catalog's order (values without a channel last), with campaigns. */
    PeriodFigures of(Period period, boolean withCampaigns, List<InputFlag> flags) {
        Read asked = new Read(period, withCampaigns);
        List<ChannelFigures> all = read.figures.computeIfAbsent(asked, key -> read(period, withCampaigns));
        // seen through this view's measures once per set of measures: the cycle asks about each KPI in many channels
        List<ChannelFigures> seen = read.shown.computeIfAbsent(new Shown(asked, shown), key -> shownOf(all));
        List<ChannelFigures> figures = channels.isEmpty() ? seen
                : seen.stream().filter(channel -> channels.contains(channel.channel())).toList();
        return new PeriodFigures(period, figures, flags);
    }

    /** Every channel read, seen through this view's measures; a channel none of whose measures is shown is left out. */
    private List<ChannelFigures> shownOf(List<ChannelFigures> all) {
        List<ChannelFigures> figures = new ArrayList<>();
        for (ChannelFigures channel : all) {
            MeasureSums sums = shownOf(channel.sums());
            if (sums.values().isEmpty()) {
                continue;
            }
            Map<String, MeasureSums> campaigns = new LinkedHashMap<>();
            channel.campaigns().forEach((campaign, campaignSums) -> {
                MeasureSums seen = shownOf(campaignSums);
                if (!seen.values().isEmpty()) {
                    campaigns.put(campaign, seen);
                }
            });
            figures.add(new ChannelFigures(channel.channel(), sums, campaigns));
        }
        return List.copyOf(figures);
    }

    /** The period per channel and, when asked, the campaigns of every channel read in one question. */
    private List<ChannelFigures> read(Period period, boolean withCampaigns) {
        ObservationSet perChannel = store.perChannel(measures, period, read.channels);
        Map<String, MeasureSums> byChannel = sums(code -> perChannel.within(code, period, DimensionSelection.all()),
                period, observation -> observation.dimensions().getOrDefault(CHANNEL, ChannelFigures.WITHOUT_CHANNEL));
        Map<String, Map<String, MeasureSums>> campaigns = new HashMap<>();
        if (withCampaigns) {
            ObservationSet values = store.perCampaign(perCampaign, period, read.channels);
            // each channel's rows per measure, sorted out in one pass and summed per campaign
            Map<String, Map<MeasureCode, List<Observation>>> ofChannel = new HashMap<>();
            perCampaign.forEach(code -> values.within(code, period, DimensionSelection.all()).forEach(observation ->
                    ofChannel.computeIfAbsent(observation.dimensions().get(CHANNEL), channel -> new HashMap<>())
                            .computeIfAbsent(code, measure -> new ArrayList<>()).add(observation)));
            ofChannel.forEach((channel, rows) -> campaigns.put(channel, sums(
                    code -> rows.getOrDefault(code, List.of()), period,
                    observation -> observation.dimensions().getOrDefault(CAMPAIGN, ""))));
        }
        List<ChannelFigures> figures = new ArrayList<>();
        byChannel.forEach((channel, sums) -> figures.add(new ChannelFigures(channel, sums,
                campaigns.getOrDefault(channel, Map.of()))));
        figures.sort(Comparator.comparingInt(channel -> rank(channel.channel())));
        return List.copyOf(figures);
    }

    private MeasureSums shownOf(MeasureSums sums) {
        if (shown.containsAll(sums.values().keySet())) {
            return sums;
        }
        var kept = new TreeMap<String, BigDecimal>();
        sums.values().forEach((code, value) -> {
            if (shown.contains(code)) {
                kept.put(code, value);
            }
        });
        return new MeasureSums(kept);
    }

    /** One read of the store: a period, with or without its campaigns. */
    private record Read(Period period, boolean withCampaigns) {
    }

    /** One read seen through some of its measures. */
    private record Shown(Read read, Set<String> measures) {
    }

    /** One KPI over a period and channels, as the scorecards compute it. */
    private record KpiRead(String kpi, Period period, Set<String> channels) {
    }

    /** The figures read (for {@code channels}, empty: all), and the currency of the money measures among them. */
    private static final class Reads {
        private final Set<String> channels;
        private final Map<Read, List<ChannelFigures>> figures = new HashMap<>();
        private final Map<Shown, List<ChannelFigures>> shown = new HashMap<>();
        private final Map<KpiRead, KpiValue> kpis = new HashMap<>();
        private Optional<Currency> currency = Optional.empty();

        private Reads(Set<String> channels) {
            this.channels = channels;
        }
    }

    /** The KPI over the chosen channels in a period, as the scorecards compute it. */
    KpiValue kpi(KpiDefinition kpi, Period period) {
        return read.kpis.computeIfAbsent(new KpiRead(kpi.code().value(), period, channels), key -> {
            ObservationSet data = store.perChannel(catalog.measuresOf(kpi), period, channels);
            return engine.evaluate(kpi, period, channels.isEmpty() ? DimensionSelection.all()
                    : DimensionSelection.where(CHANNEL, channels.toArray(String[]::new)), data);
        });
    }

    /** The currency of the money measures read so far. */
    Optional<Currency> currency() {
        return read.currency;
    }

    /**
     * Each slice's sum of each measure, by the measure's own rule ({@link KpiEngine#aggregate}): {@code rowsOf} gives a
     * measure's rows of the period, {@code sliceOf} the slice a row belongs to.
     */
    private Map<String, MeasureSums> sums(Function<MeasureCode, List<Observation>> rowsOf, Period period,
                                          Function<Observation, String> sliceOf) {
        Map<String, Map<String, BigDecimal>> bySlice = new TreeMap<>();
        for (MeasureCode code : measures) {
            List<Observation> rows = rowsOf.apply(code);
            if (rows.isEmpty()) {
                continue;
            }
            MeasureDefinition measure = catalog.measures().get(code);
            Map<String, List<Observation>> slices = rows.stream().collect(Collectors.groupingBy(sliceOf));
            slices.forEach((slice, ofSlice) -> {
                if (engine.aggregate(measure, period, ofSlice) instanceof KpiValue.Known known) {
                    bySlice.computeIfAbsent(slice, key -> new TreeMap<>()).put(code.value(), known.value());
                    if (read.currency.isEmpty()) {
                        read.currency = known.currency();
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

package com.kpipulse.application.correction;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.evaluation.DataCoverage;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.domain.LocalizedText;
import com.kpipulse.domain.analysis.why.RatioDenominator;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.channel.ChannelCatalog;
import com.kpipulse.domain.correction.ActionId;
import com.kpipulse.domain.correction.ActionStatus;
import com.kpipulse.domain.correction.CorrectiveAction;
import com.kpipulse.domain.correction.EffectDirection;
import com.kpipulse.domain.correction.ExpectedEffect;
import com.kpipulse.domain.correction.effect.Control;
import com.kpipulse.domain.correction.effect.EffectEstimator;
import com.kpipulse.domain.correction.effect.EffectQuestion;
import com.kpipulse.domain.correction.effect.EffectRules;
import com.kpipulse.domain.correction.effect.KpiDays;
import com.kpipulse.domain.correction.effect.MeasuringWindow;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Whether a corrective action worked (seed 001: the cycle ends with checking that the correction helped): the
 * action's effect on its KPI, measured by the domain's {@link EffectEstimator} once its window is over. The action is
 * read as {@link ReadActions} lets the reader read it. Its window runs from the day it went in progress (else was
 * accepted, else was proposed), as its status history tells, to its due date plus the days the action watches its
 * effect after it (two weeks unless it says otherwise); the data count up to
 * the last complete day. The KPI is computed day by day by the one engine in the action's channels (all channels when
 * it names none) and, to compare with, in the other channels that have data; sixteen weeks before the start to the
 * window's end are read once.
 */
@ApplicationScoped
public class MeasureActionEffect {

    private static final String CHANNEL = "channel";

    private final ReadActions read;
    private final CurrentKpiCatalog catalogs;
    private final ChannelCatalogs channels;
    private final ValuesThatCount values;
    private final DataCoverage coverage;
    private final Clock clock;
    private final EffectEstimator estimator = new EffectEstimator();
    private final int weeksBefore = EffectRules.standard().weeksBefore();

    @Inject
    public MeasureActionEffect(ReadActions read, CurrentKpiCatalog catalogs, ChannelCatalogs channels,
                               ValuesThatCount values, DataCoverage coverage, Clock clock) {
        this.read = read;
        this.catalogs = catalogs;
        this.channels = channels;
        this.values = values;
        this.coverage = coverage;
        this.clock = clock;
    }

    /** The action's effect, or that it has no KPI; an unknown action or one the reader may not read as every door. */
    public Access<ActionEffect> of(Reader reader, ActionId id) {
        return read.findWithFigures(reader, id).map(action -> {
            Situation now = situation();
            CorrectiveAction value = action.value();
            return measure(value, window(value, read.history(reader, id)), now,
                    (kpi, span) -> values.perChannel(now.catalog().measuresOf(kpi), span, Set.of()));
        });
    }

    /**
     * The effect of each listed action that is done, for a reader who may read its KPI's figures (the others are left
     * out, as {@link #of} refuses them): measured when its window is over, else not yet. What a KPI's measurements
     * need is read once for all the actions on it, over the weeks they span together; each action is measured on its
     * own weeks of it, as {@link #of} would.
     */
    public Map<ActionId, ActionEffect> ofDone(Reader reader, List<Versioned<CorrectiveAction>> listed) {
        List<CorrectiveAction> done = read.withFigures(reader, listed).stream().map(Versioned::value)
                .filter(action -> action.status() == ActionStatus.DONE).toList();
        if (done.isEmpty()) {
            return Map.of();
        }
        Situation now = situation();
        Map<ActionId, MeasuringWindow> windows = new LinkedHashMap<>();
        Map<String, Period> spans = new HashMap<>();
        for (CorrectiveAction action : done) {
            MeasuringWindow window = window(action, read.history(reader, action.id()));
            windows.put(action.id(), window);
            action.details().kpi().filter(kpi -> !now.dataUpTo().isBefore(window.end())).ifPresent(kpi ->
                    spans.merge(kpi.value(), span(window), MeasureActionEffect::together));
        }
        Map<String, ObservationSet> data = new HashMap<>();
        Map<ActionId, ActionEffect> effects = new LinkedHashMap<>();
        for (CorrectiveAction action : done) {
            effects.put(action.id(), measure(action, windows.get(action.id()), now,
                    (kpi, span) -> data.computeIfAbsent(kpi.code().value(), code -> values.perChannel(
                            now.catalog().measuresOf(kpi), spans.get(code), Set.of()))));
        }
        return effects;
    }

    /**
     * The follow-up of a cycle: the done actions whose window ended from {@code first} to {@code last}, those the
     * reader may read with their figures, with their effects; the earliest window end first.
     */
    public List<CheckedAction> endedBetween(Reader reader, LocalDate first, LocalDate last) {
        List<Versioned<CorrectiveAction>> ended = read.list(reader, new ActionQuery(false, false, Optional.empty(),
                        EnumSet.of(ActionStatus.DONE))).stream()
                .filter(action -> {
                    LocalDate end = action.value().details().effectWindowEnd();
                    return !end.isBefore(first) && !end.isAfter(last);
                })
                .sorted(Comparator.comparing(action -> action.value().details().effectWindowEnd()))
                .toList();
        Map<ActionId, ActionEffect> effects = ofDone(reader, ended);
        return ended.stream().filter(action -> effects.containsKey(action.value().id()))
                .map(action -> new CheckedAction(action, effects.get(action.value().id()))).toList();
    }

    /** What every measurement made now shares: the catalogs and the last day whose data are in. */
    private record Situation(KpiCatalog catalog, ChannelCatalog channels, LocalDate dataUpTo) {
    }

    private Situation situation() {
        return new Situation(catalogs.current(), channels.current(), coverage.lastCompleteDay());
    }

    /** The days a measurement reads: the weeks before the start it may use, and the window. */
    private Period span(MeasuringWindow window) {
        return new Period(window.start().minusWeeks(weeksBefore), window.end().plusDays(1));
    }

    private static Period together(Period one, Period other) {
        return new Period(one.start().isBefore(other.start()) ? one.start() : other.start(),
                one.endExclusive().isAfter(other.endExclusive()) ? one.endExclusive() : other.endExclusive());
    }

    private ActionEffect measure(CorrectiveAction action, MeasuringWindow window, Situation now,
                                 BiFunction<KpiDefinition, Period, ObservationSet> reads) {
        KpiCatalog catalog = now.catalog();
        Optional<KpiDefinition> kpi = action.details().kpi().flatMap(code -> catalog.find(code.value()));
        if (kpi.isEmpty()) {
            return new ActionEffect.NoKpi();
        }
        LocalDate dataUpTo = now.dataUpTo();
        ChannelCatalog channelCatalog = now.channels();
        List<String> treatedCodes = action.details().channels();
        List<Channel> treatedChannels = treatedCodes.stream().map(code -> channel(channelCatalog, code)).toList();
        DimensionSelection treatedSlice = treatedCodes.isEmpty() ? DimensionSelection.all()
                : new DimensionSelection(Map.of(CHANNEL, Set.copyOf(treatedCodes)));
        KpiDefinition definition = kpi.get();
        Optional<BigDecimal> expected = action.details().effect()
                .filter(effect -> effect.kpi().equals(definition.code())).flatMap(MeasureActionEffect::change);
        if (dataUpTo.isBefore(window.end())) {
            return new ActionEffect.Estimated(definition.code(), definition.unit(), Optional.empty(), window,
                    estimator.estimate(new EffectQuestion(name(definition),
                    definition.unit(), Optional.empty(), definition.direction(), KpiDays.meanOfDays(Map.of()),
                    treatedChannels, Optional.empty(), window, dataUpTo, expected)));
        }
        Period span = span(window);
        ObservationSet data = reads.apply(definition, span);
        DailyKpi daily = new DailyKpi(new KpiEngine(catalog), definition, RatioDenominator.of(definition, catalog),
                data, span);
        Optional<Control> control = Optional.empty();
        if (!treatedCodes.isEmpty()) {
            List<String> others = channelsWithData(data, span).stream()
                    .filter(code -> !treatedCodes.contains(code))
                    .sorted(Comparator.comparingInt((String code) -> order(channelCatalog, code))
                            .thenComparing(Comparator.naturalOrder()))
                    .toList();
            if (!others.isEmpty()) {
                control = Optional.of(new Control(daily.over(new DimensionSelection(Map.of(CHANNEL, Set.copyOf(others)))),
                        others.stream().map(code -> channel(channelCatalog, code)).toList()));
            }
        }
        KpiDays treated = daily.over(treatedSlice);
        return new ActionEffect.Estimated(definition.code(), definition.unit(), daily.currency(), window,
                estimator.estimate(new EffectQuestion(name(definition), definition.unit(), daily.currency(),
                        definition.direction(), treated, treatedChannels, control, window, dataUpTo, expected)));
    }

    private MeasuringWindow window(CorrectiveAction action, Access<ActionHistory> history) {
        List<ActionHistory.Step> steps = history instanceof Access.Granted<ActionHistory> granted
                ? granted.value().steps() : List.of();
        Instant started = reached(steps, ActionStatus.IN_PROGRESS).or(() -> reached(steps, ActionStatus.ACCEPTED))
                .orElse(action.createdAt());
        return new MeasuringWindow(started.atZone(clock.getZone()).toLocalDate(), action.details().due(),
                action.details().effectWindow().days());
    }

    private static Optional<Instant> reached(List<ActionHistory.Step> steps, ActionStatus status) {
        return steps.stream().filter(step -> step.to() == status).map(ActionHistory.Step::at).findFirst();
    }

    /** The promised change as a signed share, when the KPI could change that much (it cannot fall by 100 %). */
    private static Optional<BigDecimal> change(ExpectedEffect effect) {
        BigDecimal signed = effect.direction() == EffectDirection.UP ? effect.size() : effect.size().negate();
        return signed.compareTo(BigDecimal.ONE.negate()) > 0 ? Optional.of(signed) : Optional.empty();
    }

    private static Set<String> channelsWithData(ObservationSet data, Period span) {
        return data.measures().stream()
                .flatMap(measure -> data.within(measure, span, DimensionSelection.all()).stream())
                .map(observation -> observation.dimensions().get(CHANNEL))
                .filter(code -> code != null && !code.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static int order(ChannelCatalog catalog, String code) {
        int index = catalog.codes().indexOf(code);
        return index < 0 ? Integer.MAX_VALUE : index;
    }

    /** A channel the catalog no longer holds keeps its code as its name. */
    private static Channel channel(ChannelCatalog catalog, String code) {
        return catalog.find(code).orElseGet(() -> new Channel(code, LocalizedText.of(code, code), false, false));
    }

    private static LocalizedText name(KpiDefinition kpi) {
        return LocalizedText.of(kpi.nameRu(), kpi.nameEn());
    }

    /**
     * One KPI day by day over the span read, by the one engine: a ratio of two totals weighs each day by its
     * denominator, anything else by one.
     */
    private static final class DailyKpi {
        private final KpiEngine engine;
        private final KpiDefinition kpi;
        private final Optional<RatioDenominator> denominator;
        private final ObservationSet data;
        private final Period span;
        private Optional<Currency> currency = Optional.empty();

        DailyKpi(KpiEngine engine, KpiDefinition kpi, Optional<RatioDenominator> denominator, ObservationSet data,
                 Period span) {
            this.engine = engine;
            this.kpi = kpi;
            this.denominator = denominator;
            this.data = data;
            this.span = span;
        }

        KpiDays over(DimensionSelection slice) {
            Map<LocalDate, BigDecimal> days = new TreeMap<>();
            Map<LocalDate, BigDecimal> weights = new TreeMap<>();
            for (LocalDate day : span.start().datesUntil(span.endExclusive()).toList()) {
                Period period = Period.day(day);
                if (engine.evaluate(kpi, period, slice, data) instanceof KpiValue.Known known) {
                    days.put(day, known.value());
                    currency = currency.or(known::currency);
                    denominator.ifPresent(weight -> weights.put(day, weight.over(data, period, slice).max(BigDecimal.ZERO)));
                }
            }
            return denominator.isPresent() ? KpiDays.ratioOfSums(days, weights) : KpiDays.meanOfDays(days);
        }

        Optional<Currency> currency() {
            return currency;
        }
    }
}

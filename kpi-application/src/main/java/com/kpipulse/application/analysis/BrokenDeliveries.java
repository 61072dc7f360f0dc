package com.kpipulse.application.analysis;

import com.kpipulse.domain.analysis.anomaly.SeriesKey;
import com.kpipulse.domain.analysis.why.DriverTree;
import com.kpipulse.domain.analysis.why.DriverTrees;
import com.kpipulse.domain.analysis.why.InputFlag;
import com.kpipulse.domain.channel.Channel;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.period.Period;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The anomalies of a period in a KPI's inputs (its own base measures and its drivers'), and which of them lie in the
 * delivery rather than in the business: a day a source left empty ({@link AnomalyKind#MISSING}) where it never does,
 * while it delivered nothing else that day either (a counter or an export that stopped), and that nobody
 * acknowledged. Those flag the inputs of their channel for the analysis, which weighs them as DATA. One channel's empty
 * day while the source delivered the others, a zero, or a value far above or below usual may be the very move the
 * analysis explains (a channel that sold nothing that day); they stay possible causes the cycle lists beside the one
 * the analysis names.
 */
public final class BrokenDeliveries {

    private final List<FindAnomalies.Anomaly> anomalies;
    /** The measures the KPI's own value is computed from: a day missing there changes the figure itself. */
    private final Set<String> own;

    public BrokenDeliveries(List<FindAnomalies.Anomaly> anomalies, KpiCatalog catalog, KpiDefinition kpi) {
        Set<String> inputs = measuresOf(catalog, kpi);
        this.own = catalog.measuresOf(kpi).stream().map(MeasureCode::value).collect(Collectors.toUnmodifiableSet());
        this.anomalies = anomalies.stream().filter(anomaly -> inputs.contains(anomaly.id().series().measure().value()))
                .toList();
    }

    /** The base measures of the KPI and of the drivers of its trees. */
    public static Set<String> measuresOf(KpiCatalog catalog, KpiDefinition kpi) {
        Set<String> codes = new LinkedHashSet<>(List.of(kpi.code().value()));
        for (DriverTree tree : DriverTrees.standard().of(kpi.code())) {
            codes.addAll(tree.drivers());
        }
        Set<String> measures = new LinkedHashSet<>();
        for (String code : codes) {
            catalog.find(code).ifPresentOrElse(
                    found -> catalog.measuresOf(found).stream().map(MeasureCode::value).forEach(measures::add),
                    () -> catalog.measures().find(code).ifPresent(measure -> measures.add(measure.code().value())));
        }
        return measures;
    }

    /** The anomalies in the KPI's inputs, in the chosen channels (empty: all), that nobody acknowledged. */
    public List<FindAnomalies.Anomaly> openIn(Set<String> channels) {
        return anomalies.stream().filter(anomaly -> anomaly.acknowledgement().isEmpty())
                .filter(anomaly -> concerns(anomaly.id().series(), channels)).toList();
    }

    /**
     * The anomalies that make the data a possible cause beside the one the analysis names: days the KPI's inputs came
     * empty or at zero, in the chosen channels, that nobody acknowledged. A value far above or below usual in the KPI's
     * inputs is the move itself far more often than a broken export; the cycle page lists it among the period's
     * anomalies.
     */
    public List<FindAnomalies.Anomaly> possibleCausesIn(Set<String> channels) {
        return openIn(channels).stream()
                .filter(anomaly -> anomaly.kind() == AnomalyKind.MISSING || anomaly.kind() == AnomalyKind.ZERO).toList();
    }

    /**
     * The flags of the days of {@code period} a source did not really deliver, in the measures the KPI's value is
     * computed from (a day of visits missing does not make revenue wrong, it makes the conversion wrong), by channel
     * ("" for the whole).
     */
    List<InputFlag> flagsIn(Period period, Set<String> channels) {
        Set<InputFlag> flags = new LinkedHashSet<>();
        for (FindAnomalies.Anomaly anomaly : openIn(channels)) {
            if (anomaly.kind() == AnomalyKind.MISSING && anomaly.sourceSilent() && period.contains(anomaly.id().day())
                    && own.contains(anomaly.id().series().measure().value())) {
                String channel = anomaly.id().series().channel();
                flags.add(new InputFlag(InputFlag.Kind.ANOMALOUS, Channel.isCode(channel) ? channel : ""));
            }
        }
        return List.copyOf(flags);
    }

    private static boolean concerns(SeriesKey series, Set<String> channels) {
        return channels.isEmpty() || series.channel().isEmpty() || channels.contains(series.channel());
    }
}

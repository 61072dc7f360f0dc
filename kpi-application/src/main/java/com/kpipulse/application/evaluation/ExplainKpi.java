package com.kpipulse.application.evaluation;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.analysis.Annotations;
import com.kpipulse.application.channel.ChannelCatalogs;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.StoredObservations;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DataReach;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The KPI detail: one figure with everything that explains it (seed 002: numbers need context). A period the data do
 * not cover to its end is provisional ({@link DataCoverage}): its figures are to date and compared with the same days
 * of the period before.
 */
@ApplicationScoped
public class ExplainKpi {

    /** How many periods the history shows. */
    public static final int HISTORY = 26;

    private final ReadValues values;
    private final CurrentKpiCatalog catalogs;
    private final Annotations annotations;
    private final StoredObservations stored;
    private final ReadingRights rights;
    private final ChannelCatalogs channelCatalogs;
    private final DataCoverage coverage;

    @Inject
    public ExplainKpi(ReadValues values, CurrentKpiCatalog catalogs, Annotations annotations, StoredObservations stored,
                      ReadingRights rights, ChannelCatalogs channelCatalogs, DataCoverage coverage) {
        this.values = values;
        this.catalogs = catalogs;
        this.annotations = annotations;
        this.stored = stored;
        this.rights = rights;
        this.channelCatalogs = channelCatalogs;
        this.coverage = coverage;
    }

    /** The KPI with what explains it, for a reader who may see it. */
    public Access<KpiExplanation> explain(Reader reader, String code, Grain grain, LocalDate day, Set<String> channels) {
        KpiCatalog catalog = catalogs.current();
        Access<KpiDefinition> asked = rights.kpi(reader, catalog, code);
        if (!(asked instanceof Access.Granted<KpiDefinition> found)) {
            return asked.refusal();
        }
        KpiDefinition kpi = found.value();
        Period period = Period.of(grain, day);
        Period first = period;
        for (int i = 1; i < HISTORY; i++) {
            first = first.previous();
        }
        DataReach reach = coverage.now();
        ValueSeries history = values.kpi(code, first.start(), period.lastDay(), grain, channels, reach).orElseThrow();
        List<KpiExplanation.ChannelValue> byChannel = new ArrayList<>();
        // the drill-down goes through the channels of the catalog, in its order
        for (String channel : channels.isEmpty() ? channelCatalogs.current().codes() : List.copyOf(channels)) {
            ReadValues.ToDate toDate = values.toDate(code, period, Set.of(channel), reach).orElseThrow();
            if (toDate.now() instanceof KpiValue.Known || toDate.before() instanceof KpiValue.Known) {
                byChannel.add(new KpiExplanation.ChannelValue(channel, toDate.now(), toDate.before()));
            }
        }
        List<KpiExplanation.MeasureValue> measures = new ArrayList<>();
        Set<MeasureCode> used = catalog.measuresOf(kpi);
        for (MeasureCode measure : used) {
            values.measure(measure.value(), period.start(), period.lastDay(), grain, channels, reach).ifPresent(series -> {
                var definition = catalog.measures().get(measure);
                measures.add(new KpiExplanation.MeasureValue(measure.value(), definition.nameRu(), definition.nameEn(),
                        series.total()));
            });
        }
        return Access.granted(new KpiExplanation(kpi, period, history, byChannel, measures,
                annotations.of(code, first.start(), period.lastDay()),
                stored.sourcesOf(used.stream().map(MeasureCode::value).collect(java.util.stream.Collectors.toSet()),
                        period, channels)));
    }
}

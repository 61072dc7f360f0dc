package com.kpipulse.application.evaluation;

import com.kpipulse.application.access.Access;
import com.kpipulse.application.access.Reader;
import com.kpipulse.application.access.ReadingRights;
import com.kpipulse.application.kpi.CurrentKpiCatalog;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.domain.kpi.KpiCatalog;
import com.kpipulse.domain.kpi.KpiDefinition;
import com.kpipulse.domain.kpi.KpiEngine;
import com.kpipulse.domain.kpi.KpiValue;
import com.kpipulse.domain.measure.DimensionSelection;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.MeasureDefinition;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Coverage;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The KPI detail's drill-down below a channel: the KPI per campaign of that channel in a period and the one before,
 * computed by the one KPI engine from the campaigns' base-measure values (a campaign's ROMI is its revenue and spend,
 * never an average of days). A provisional period is taken to date and compared with the same days of the one before,
 * as the page above it is ({@link DataCoverage}).
 */
@ApplicationScoped
public class ExplainByCampaign {

    /** How values without a campaign are keyed. */
    public static final String NO_CAMPAIGN = "";

    private final ValuesThatCount observations;
    private final CurrentKpiCatalog catalogs;
    private final ReadingRights rights;
    private final DataCoverage coverage;

    @Inject
    public ExplainByCampaign(ValuesThatCount observations, CurrentKpiCatalog catalogs, ReadingRights rights,
                             DataCoverage coverage) {
        this.observations = observations;
        this.catalogs = catalogs;
        this.rights = rights;
        this.coverage = coverage;
    }

    /** The KPI in one campaign, now and over the same days of the period before. */
    public record CampaignValue(String campaign, KpiValue value, KpiValue previous) {

        public CampaignValue {
            Objects.requireNonNull(campaign, "campaign");
        }

        public boolean hasCampaign() {
            return !campaign.equals(NO_CAMPAIGN);
        }
    }

    /**
     * The campaigns of a channel and, when the KPI cannot be split by campaign, why.
     *
     * @param notPerCampaign measures of the KPI the channel has values for, but none of them named by campaign (the
     *                       marketing costs kept per channel): the KPI has no value for any campaign then, and the
     *                       campaigns are listed all the same so that the page can say so next to them
     */
    public record Breakdown(KpiDefinition kpi, List<CampaignValue> campaigns, List<MeasureDefinition> notPerCampaign) {
        public Breakdown {
            campaigns = List.copyOf(campaigns);
            notPerCampaign = List.copyOf(notPerCampaign);
        }
    }

    /**
     * Campaigns with a value in either period, by name; values without a campaign last; for a reader who may see
     * the KPI. When a measure is not kept per campaign, every named campaign is listed, without a value.
     */
    public Access<Breakdown> explain(Reader reader, String code, Grain grain, LocalDate day, String channel) {
        KpiCatalog catalog = catalogs.current();
        Access<KpiDefinition> asked = rights.kpi(reader, catalog, code);
        if (!(asked instanceof Access.Granted<KpiDefinition> found)) {
            return asked.refusal();
        }
        KpiDefinition kpi = found.value();
        Period period = Period.of(grain, day);
        Period previous = period.previous();
        // growth KPIs look one period further back: load as ReadValues does, the span again and a month more
        Period shown = new Period(previous.start(), period.endExclusive());
        Period span = new Period(previous.start().minusDays(shown.days()).minusMonths(1), period.endExclusive());
        Set<MeasureCode> measures = catalog.measuresOf(kpi);
        ObservationSet data = observations.perCampaign(measures, span, Set.of(channel));
        TreeSet<String> names = new TreeSet<>(Comparator.comparing((String name) -> name.equals(NO_CAMPAIGN))
                .thenComparing(Comparator.naturalOrder()));
        measures.forEach(measure -> data.within(measure, shown, DimensionSelection.all()).stream()
                .map(observation -> observation.dimensions().get("campaign")).filter(Objects::nonNull)
                .forEach(names::add));
        List<MeasureDefinition> notPerCampaign = measures.stream().filter(measure -> {
            List<String> campaignsOf = data.within(measure, shown, DimensionSelection.all()).stream()
                    .map(observation -> observation.dimensions().getOrDefault("campaign", NO_CAMPAIGN)).toList();
            return !campaignsOf.isEmpty() && campaignsOf.stream().allMatch(NO_CAMPAIGN::equals);
        }).map(catalog.measures()::get).toList();
        KpiEngine engine = new KpiEngine(catalog);
        Coverage covered = coverage.now().coverage(period, measures);
        return Access.granted(new Breakdown(kpi, names.stream().map(name -> {
            DimensionSelection selection = DimensionSelection.where("channel", channel).and("campaign", name);
            KpiValue now = engine.evaluateToDate(kpi, covered, selection, data);
            return new CampaignValue(name, now, covered.toDate()
                    .map(days -> engine.evaluate(kpi, days.previous(), selection, data)).orElse(now));
        }).filter(row -> row.value().isKnown() || row.previous().isKnown()
                || (!notPerCampaign.isEmpty() && row.hasCampaign())).toList(), notPerCampaign));
    }
}

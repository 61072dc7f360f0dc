package com.kpipulse.web.kpi;

import com.kpipulse.application.evaluation.ExplainByCampaign;
import com.kpipulse.domain.period.Grain;
import com.kpipulse.domain.period.Period;
import com.kpipulse.web.text.Bundles;
import com.kpipulse.web.text.Names;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The KPI per campaign of one channel, in the period shown and the one before.
 *
 * @param notPerCampaign why the campaigns have no value, when a measure of the KPI is not kept per campaign; ""
 */
public record CampaignsView(String channel, String channelName, String periodLabel, List<CampaignRow> rows,
                            String notPerCampaign) {

    static CampaignsView from(ExplainByCampaign.Breakdown breakdown, String channel, Grain grain, LocalDate day,
                              Locale locale) {
        String channelName = Names.channel(channel, locale);
        String notPerCampaign = breakdown.notPerCampaign().isEmpty() ? ""
                : Bundles.of(KpiDetailMessages.class, locale).campaigns_not_per_campaign(breakdown.kpi().name(locale),
                        breakdown.notPerCampaign().stream().map(measure -> measure.name(locale))
                                .collect(Collectors.joining(", ")),
                        channelName);
        return new CampaignsView(channel, channelName, Period.of(grain, day).label(locale),
                breakdown.campaigns().stream().map(CampaignRow::from).toList(), notPerCampaign);
    }
}

package com.kpipulse.application.evaluation;

import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;

import java.util.Set;

/**
 * Outgoing port: the stored values of some measures in one channel, per campaign, for the campaign drill-down.
 * <p>
 * The source system is chosen exactly as {@link ObservationReader} chooses it, per measure, period and channel (not
 * per campaign), so the campaigns of a channel add up to the channel's figure. Values are summed over sources; each
 * observation carries the dimensions {@code channel} and {@code campaign}, the latter {@code ""} for values that
 * came without a campaign.
 */
public interface CampaignReader {

    ObservationSet readCampaigns(Set<MeasureCode> measures, Period span, String channel);
}

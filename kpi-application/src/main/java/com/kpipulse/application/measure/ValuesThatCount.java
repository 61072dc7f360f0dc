package com.kpipulse.application.measure;

import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;

import java.util.Set;

/**
 * Outgoing port: the values KPIs are computed from, summed, of the periods that start in a span.
 * <p>
 * When several source systems deliver a measure for the same period and channel, only the one with the best source
 * priority counts (ADR 6: Metrica before GA4 for visits, the CRM before analytics for revenue); the others stay
 * stored as a cross-check but are never added up. The choice is made per measure, period and channel, never per
 * campaign, so the campaigns of a channel add up to the channel's figure.
 */
public interface ValuesThatCount {

    /**
     * Summed over campaigns and sources; each observation carries its {@code channel} as its only dimension (none
     * when the values came without a channel).
     *
     * @param channels only these channels, or all when empty
     */
    ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels);

    /**
     * {@link #perChannel}, with the whole months at the start of the span read as {@code months} says: the daily
     * values of its summed measures as one value per measure, month, channel and currency, whose period is the month,
     * added up from the system that counts on each day; those of the measures taken at their months' ends on each
     * month's first and last day with a value only ({@link MonthSums}). A scorecard's sparkline of thirteen months
     * reads a dozen values per channel and measure instead of four hundred (ADR 27). Of those months only whole
     * months may be asked, and of a summed measure only what the engine adds up over days.
     *
     * @throws IllegalArgumentException when the months are not whole months inside the span
     */
    default ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels,
                                      WholeMonths months) {
        return MonthSums.of(perChannel(measures, span, channels), span, months);
    }

    /**
     * The channels' values per campaign, for the campaign drill-down: summed over sources; each observation carries
     * the dimensions {@code channel} and {@code campaign}, the latter {@code ""} for values that came without one.
     * Values without a channel have no campaigns to list and are left out.
     *
     * @param channels only these channels, or all when empty
     */
    ObservationSet perCampaign(Set<MeasureCode> measures, Period span, Set<String> channels);
}

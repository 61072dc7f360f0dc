package com.kpipulse.application.evaluation;

import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;

import java.util.Set;

/**
 * Outgoing port: the stored values of some measures over a span, ready for the KPI engine.
 * <p>
 * When several source systems deliver a measure for the same period and channel, only the one with the best
 * source priority counts (Metrica before GA4 for visits, the CRM before analytics for revenue); the others stay
 * stored as a cross-check but are never added up. Values are summed over campaigns and sources; each observation
 * carries its {@code channel} as its only dimension.
 */
public interface ObservationReader {

    /**
     * @param channels only these channels, or all when empty
     */
    ObservationSet read(Set<MeasureCode> measures, Period span, Set<String> channels);
}

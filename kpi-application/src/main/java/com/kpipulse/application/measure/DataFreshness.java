package com.kpipulse.application.measure;

import com.kpipulse.domain.measure.Delivery;
import com.kpipulse.domain.measure.MeasureCode;

import java.util.List;
import java.util.Set;

/** Outgoing port: how far each source system has delivered its stored data ("Метрика: данные по 22.11"). */
public interface DataFreshness {

    /** Per source system that delivered any of these measures, the last day its stored values cover; by system name. */
    List<SourceFreshness> lastDaysOf(Set<MeasureCode> measures);

    /**
     * Per source system and each measure it delivered, the last day its stored values of it cover: what
     * {@link com.kpipulse.domain.measure.DataReach} needs to tell which days a figure covers.
     */
    List<Delivery> deliveries();
}

package com.kpipulse.application.measure;

import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.period.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Outgoing port: the stored values as they are, every source system's side by side (no priority chosen, nothing
 * summed), with where and when they came from: for exports, provenance, freshness and the audit trail.
 */
public interface StoredObservations {

    /** True when the store holds no value at all (the demo company is loaded only into an empty product). */
    boolean isEmpty();

    /** The value stored under a row's natural key, for the audit trail's "before". */
    Optional<BigDecimal> valueOf(String sourceSystem, ObservationRow row);

    /**
     * Every stored value of the periods starting from {@code from} to {@code to} (both included), streamed in key
     * order (measure, grain, period, channel, campaign, source, source system) without holding them all.
     *
     * @param measures only these measures, or all when empty
     * @param channels only these channels, or all when empty
     */
    void forEach(Set<String> measures, LocalDate from, LocalDate to, Set<String> channels,
                 Consumer<StoredObservation> action);

    /**
     * Each source system's daily values of the days from {@code from} to {@code to} (both included), summed over
     * campaigns and traffic sources per measure, channel and currency, in no particular order; values of weeks and
     * months are left out.
     *
     * @param measures only these measures, or all when empty
     * @param channels only these channels, or all when empty
     */
    void forEachDailyTotal(Set<String> measures, LocalDate from, LocalDate to, Set<String> channels,
                           Consumer<DailyTotal> action);

    /**
     * Where the values of the periods starting in the span came from, for "where does this come from": one line per
     * measure, source system and import, by measure and system, the latest import first.
     *
     * @param channels only these channels, or all when empty
     */
    List<SourceSummary> sourcesOf(Set<String> measures, Period span, Set<String> channels);
}

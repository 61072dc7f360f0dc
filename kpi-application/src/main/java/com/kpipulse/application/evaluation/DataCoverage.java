package com.kpipulse.application.evaluation;

import com.kpipulse.application.measure.DataFreshness;

import com.kpipulse.domain.measure.DataReach;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;

/**
 * How far the data reach now ({@link DataReach}): the days that are over by the company's clock and what every
 * source system has delivered, read once per computation, so every page and answer tells a provisional period the
 * same way.
 */
@ApplicationScoped
public class DataCoverage {

    private final DataFreshness freshness;
    private final Clock clock;

    @Inject
    public DataCoverage(DataFreshness freshness, Clock clock) {
        this.freshness = freshness;
        this.clock = clock;
    }

    /** What the data cover at this moment. */
    public DataReach now() {
        return new DataReach(lastCompleteDay(clock), freshness.deliveries());
    }

    /** The last day that is over, by this coverage's clock ({@link #lastCompleteDay(Clock)}). */
    public LocalDate lastCompleteDay() {
        return lastCompleteDay(clock);
    }

    /**
     * The last day that is over: yesterday in the company's time zone. A day's figures arrive the day after (imports,
     * scheduled pulls), so comparing today's share of a target with today's missing figures would call every goal
     * behind on every morning; no figure compared with a target or another period counts a later day.
     */
    public static LocalDate lastCompleteDay(Clock clock) {
        return LocalDate.now(clock).minusDays(1);
    }
}

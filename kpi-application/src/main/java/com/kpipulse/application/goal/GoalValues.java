package com.kpipulse.application.goal;

import com.kpipulse.application.evaluation.DataVersion;
import com.kpipulse.application.measure.ValuesThatCount;
import com.kpipulse.domain.measure.MeasureCode;
import com.kpipulse.domain.measure.ObservationSet;
import com.kpipulse.domain.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The values goals are phased and baselined by ({@link GoalTargetPhasing}: a goal's span, the span before it and last
 * year's same weeks, in all channels), read once per span until the data change: by the database's notice
 * ({@link DataVersion}, ADR 8) or by a change made through this replica ({@link #changedHere()}). A cycle computes a
 * scorecard per role, channel and year, each judging the same goals; without this each read the same year of values
 * again. Everything else reads the store as it is.
 */
@ApplicationScoped
@Typed(GoalValues.class) // not a second ValuesThatCount to inject: only ShowScorecard asks for it by name
public class GoalValues implements ValuesThatCount {

    /** Spans kept at most; a department has a handful of goals. */
    static final int MAX_KEPT = 64;

    private final ValuesThatCount values;
    private final DataVersion version;
    private final AtomicLong localChanges = new AtomicLong();
    private volatile Kept kept = new Kept(Long.MIN_VALUE, -1, new ConcurrentHashMap<>());

    private record Kept(long version, long local, Map<Read, ObservationSet> reads) {
    }

    private record Read(Set<MeasureCode> measures, Period span) {
    }

    @Inject
    public GoalValues(ValuesThatCount values, DataVersion version) {
        this.values = values;
        this.version = version;
    }

    /** All channels' values are kept; a choice of channels is read as it is. */
    @Override
    public ObservationSet perChannel(Set<MeasureCode> measures, Period span, Set<String> channels) {
        if (!channels.isEmpty()) {
            return values.perChannel(measures, span, channels);
        }
        long seen = version.current();
        long local = localChanges.get();
        Kept now = kept;
        if (now.version() != seen || now.local() != local) {
            now = new Kept(seen, local, new ConcurrentHashMap<>());
            kept = now;
        }
        Map<Read, ObservationSet> reads = now.reads();
        Read read = new Read(Set.copyOf(measures), span);
        ObservationSet found = reads.get(read);
        if (found == null) {
            found = values.perChannel(measures, span, channels);
            if (reads.size() < MAX_KEPT) {
                reads.put(read, found);
            }
        }
        return found;
    }

    @Override
    public ObservationSet perCampaign(Set<MeasureCode> measures, Period span, Set<String> channels) {
        return values.perCampaign(measures, span, channels);
    }

    /** A change made through this replica (after its transaction ended): the next read takes the stored values. */
    public void changedHere() {
        localChanges.incrementAndGet();
    }
}

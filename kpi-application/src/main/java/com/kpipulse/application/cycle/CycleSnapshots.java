package com.kpipulse.application.cycle;

import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.CycleSummary;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Outgoing port: the monitoring cycles' snapshots, one per period, each kept as it was until a new run replaces it. */
public interface CycleSnapshots {

    /** At most this many cycles in one listing: ten years of weeks and months. */
    int LISTING_LIMIT = 700;

    /**
     * Keeps {@code snapshot} as its period's one snapshot, replacing the one stored before as a whole. Writers of the
     * same period follow each other (the second waits for the first to commit, then replaces its snapshot), so
     * concurrent runs leave exactly one snapshot and neither fails.
     *
     * @return the snapshot it replaced, if there was one
     */
    Optional<CycleSnapshot> replace(CycleSnapshot snapshot);

    Optional<CycleSnapshot> find(CyclePeriod period);

    /** The cycles of the periods that start between the two days (both included), latest first. */
    List<CycleSummary> between(LocalDate from, LocalDate to);
}

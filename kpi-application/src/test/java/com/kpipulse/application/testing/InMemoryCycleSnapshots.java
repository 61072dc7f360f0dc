package com.kpipulse.application.testing;

import com.kpipulse.application.cycle.CycleSnapshots;
import com.kpipulse.domain.cycle.CyclePeriod;
import com.kpipulse.domain.cycle.CycleSnapshot;
import com.kpipulse.domain.cycle.CycleSummary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The cycles' snapshots in a map, one per period, replaced under the map's lock as the PostgreSQL adapter does. */
public final class InMemoryCycleSnapshots implements CycleSnapshots {

    private final Map<CyclePeriod, CycleSnapshot> kept = new TreeMap<>();

    @Override
    public synchronized Optional<CycleSnapshot> replace(CycleSnapshot snapshot) {
        return Optional.ofNullable(kept.put(snapshot.period(), snapshot));
    }

    @Override
    public synchronized Optional<CycleSnapshot> find(CyclePeriod period) {
        return Optional.ofNullable(kept.get(period));
    }

    @Override
    public synchronized List<CycleSummary> between(LocalDate from, LocalDate to) {
        return kept.values().stream()
                .filter(snapshot -> !snapshot.period().period().start().isBefore(from)
                        && !snapshot.period().period().start().isAfter(to))
                .sorted(Comparator.comparing(CycleSnapshot::period).reversed())
                .limit(LISTING_LIMIT)
                .map(CycleSnapshot::summary).toList();
    }
}

package com.kpipulse.application.testing;

import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.operations.WorkMeter;
import com.kpipulse.domain.period.Grain;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The work meter as counters in memory, read back by tests. */
public final class InMemoryWorkMeter implements WorkMeter {

    private final Map<String, AtomicLong> counts = new ConcurrentHashMap<>();

    @Override
    public void importEnded(String sourceSystem, ImportStatus status, long rows, Duration took) {
        add("imports|" + sourceSystem + "|" + status, 1);
        add("rows|" + sourceSystem + "|" + status, rows);
    }

    @Override
    public void cycleRan(Grain grain, Duration took, int deviations, int anomalies) {
        add("cycles|" + grain, 1);
        add("anomalies", anomalies);
    }

    @Override
    public void scorecardServed(boolean kept) {
        add(kept ? "kept" : "computed", 1);
    }

    public long imports(String sourceSystem, ImportStatus status) {
        return count("imports|" + sourceSystem + "|" + status);
    }

    public long rows(String sourceSystem, ImportStatus status) {
        return count("rows|" + sourceSystem + "|" + status);
    }

    public long cycles(Grain grain) {
        return count("cycles|" + grain);
    }

    public long anomalies() {
        return count("anomalies");
    }

    public long scorecards(boolean kept) {
        return count(kept ? "kept" : "computed");
    }

    private void add(String key, long amount) {
        counts.computeIfAbsent(key, k -> new AtomicLong()).addAndGet(amount);
    }

    private long count(String key) {
        AtomicLong found = counts.get(key);
        return found == null ? 0 : found.get();
    }
}

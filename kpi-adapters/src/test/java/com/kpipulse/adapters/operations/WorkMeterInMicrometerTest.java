package com.kpipulse.adapters.operations;

import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.operations.WorkMeter;
import com.kpipulse.domain.period.Grain;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import java.util.Locale;
import java.util.Optional;

/**
 * The work meter's contract against the Micrometer adapter, read back from its registry by the names and tags
 * Prometheus scrapes.
 */
class WorkMeterInMicrometerTest extends WorkMeterContract {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MicrometerWorkMeter meter = new MicrometerWorkMeter(registry);

    @Override
    protected WorkMeter meter() {
        return meter;
    }

    @Override
    protected long imports(String sourceSystem, ImportStatus status) {
        return count("kpi.imports", "source", sourceSystem, "status", lower(status));
    }

    @Override
    protected long rows(String sourceSystem, ImportStatus status) {
        return count("kpi.import.rows", "source", sourceSystem, "status", lower(status));
    }

    @Override
    protected long cycles(Grain grain) {
        return Optional.ofNullable(registry.find("kpi.cycle.duration").tags("grain", lower(grain)).timer())
                .map(Timer::count).orElse(0L);
    }

    @Override
    protected long anomalies() {
        return count("kpi.anomalies.found");
    }

    @Override
    protected long scorecards(boolean kept) {
        return count("kpi.scorecards.served", "from", kept ? "kept" : "computed");
    }

    private long count(String name, String... tags) {
        return Optional.ofNullable(registry.find(name).tags(tags).counter()).map(Counter::count).orElse(0.0)
                .longValue();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

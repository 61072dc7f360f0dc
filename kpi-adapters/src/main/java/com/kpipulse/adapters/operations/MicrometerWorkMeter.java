package com.kpipulse.adapters.operations;

import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.operations.WorkMeter;
import com.kpipulse.domain.period.Grain;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.Locale;

/**
 * The work meter as Micrometer meters, scraped by Prometheus at {@code /q/metrics} (names as Prometheus writes them):
 * <ul>
 *     <li>{@code kpi_imports_total}, {@code kpi_import_rows_total} and {@code kpi_import_duration_seconds}, by
 *     {@code source} system and {@code status} ({@code committed}, {@code rejected}, {@code preview});</li>
 *     <li>{@code kpi_cycle_duration_seconds} by {@code grain}, {@code kpi_cycle_deviations_total} and
 *     {@code kpi_anomalies_found_total};</li>
 *     <li>{@code kpi_scorecards_served_total} by {@code from} ({@code kept} or {@code computed}).</li>
 * </ul>
 * Tags name systems and outcomes only: no person, token or figure of the department.
 */
@ApplicationScoped
public class MicrometerWorkMeter implements WorkMeter {

    private final MeterRegistry registry;

    @Inject
    public MicrometerWorkMeter(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void importEnded(String sourceSystem, ImportStatus status, long rows, Duration took) {
        String[] tags = {"source", sourceSystem, "status", lower(status)};
        registry.counter("kpi.imports", tags).increment();
        registry.counter("kpi.import.rows", tags).increment(rows);
        registry.timer("kpi.import.duration", tags).record(took);
    }

    @Override
    public void cycleRan(Grain grain, Duration took, int deviations, int anomalies) {
        registry.timer("kpi.cycle.duration", "grain", lower(grain)).record(took);
        registry.counter("kpi.cycle.deviations", "grain", lower(grain)).increment(deviations);
        registry.counter("kpi.anomalies.found").increment(anomalies);
    }

    @Override
    public void scorecardServed(boolean kept) {
        registry.counter("kpi.scorecards.served", "from", kept ? "kept" : "computed").increment();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}

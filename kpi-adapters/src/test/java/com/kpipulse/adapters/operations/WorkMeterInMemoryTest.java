package com.kpipulse.adapters.operations;

import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.application.operations.WorkMeter;
import com.kpipulse.application.testing.InMemoryWorkMeter;
import com.kpipulse.domain.period.Grain;

/** The work meter's contract against the fake the use-case tests read their counts from. */
class WorkMeterInMemoryTest extends WorkMeterContract {

    private final InMemoryWorkMeter meter = new InMemoryWorkMeter();

    @Override
    protected WorkMeter meter() {
        return meter;
    }

    @Override
    protected long imports(String sourceSystem, ImportStatus status) {
        return meter.imports(sourceSystem, status);
    }

    @Override
    protected long rows(String sourceSystem, ImportStatus status) {
        return meter.rows(sourceSystem, status);
    }

    @Override
    protected long cycles(Grain grain) {
        return meter.cycles(grain);
    }

    @Override
    protected long anomalies() {
        return meter.anomalies();
    }

    @Override
    protected long scorecards(boolean kept) {
        return meter.scorecards(kept);
    }
}

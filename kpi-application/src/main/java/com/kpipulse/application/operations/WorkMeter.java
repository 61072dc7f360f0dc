package com.kpipulse.application.operations;

import com.kpipulse.application.importing.ImportStatus;
import com.kpipulse.domain.period.Grain;

import java.time.Duration;

/**
 * Outgoing port: what the product did, counted for the people who run it (imports and their rows by how they ended,
 * how long imports and cycles take, anomalies found, scorecards served from what a replica kept). Figures about the
 * work, never about the department's numbers or who did it. A meter never fails the work it measures.
 */
public interface WorkMeter {

    /** Counts nothing: for the use cases built by hand in tests that do not look at the figures. */
    WorkMeter NONE = new WorkMeter() {
        @Override
        public void importEnded(String sourceSystem, ImportStatus status, long rows, Duration took) {
        }

        @Override
        public void cycleRan(Grain grain, Duration took, int deviations, int anomalies) {
        }

        @Override
        public void scorecardServed(boolean kept) {
        }
    };

    /** An import of a source system's file ended as {@code status}, having read {@code rows} rows. */
    void importEnded(String sourceSystem, ImportStatus status, long rows, Duration took);

    /** A monitoring cycle ran, finding {@code deviations} and {@code anomalies} (unacknowledged empty or zero days). */
    void cycleRan(Grain grain, Duration took, int deviations, int anomalies);

    /** A scorecard was served: {@code kept} when from what this replica kept, else computed. */
    void scorecardServed(boolean kept);
}

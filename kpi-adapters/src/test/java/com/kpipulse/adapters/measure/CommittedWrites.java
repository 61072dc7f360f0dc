package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.contract.InPostgres;
import com.kpipulse.application.measure.DirectLoad;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.StagedObservations;
import com.kpipulse.application.measure.Written;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The store's two ways to write values, each in a transaction of its own, as an import of its own commits them. */
final class CommittedWrites {

    private CommittedWrites() {
    }

    /** A direct load of the rows; empty when it leaves them to the merge path. */
    static Optional<Written> load(Observations observations, String source, List<ObservationRow> rows) {
        return InPostgres.committed(() -> {
            try (DirectLoad load = observations.loadDirectly(UUID.randomUUID(), source, "lena")) {
                rows.forEach(load::add);
                return load.finish();
            }
        });
    }

    /** The rows through the staging area, replaced by key. */
    static Written merge(Observations observations, String source, ObservationRow... rows) {
        return InPostgres.committed(() -> {
            try (StagedObservations staging = observations.stage(UUID.randomUUID(), source, "lena")) {
                List.of(rows).forEach(staging::add);
                return staging.commit();
            }
        });
    }
}

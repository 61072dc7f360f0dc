package com.kpipulse.adapters.measure;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.measure.ObservationRow;
import com.kpipulse.application.measure.Observations;
import com.kpipulse.application.measure.StagedObservations;
import com.kpipulse.application.measure.Written;
import com.kpipulse.domain.period.Grain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the contracts of the observation store's ports share: values go in the one way every import takes, and each
 * test names channels, measures or source systems of its own, since the real store is shared by every test.
 */
public abstract class StoreContract extends PortContract {

    protected abstract Observations observations();

    /** A code no other test uses. */
    static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    /** Stages the rows and commits them in one transaction, as an import of no recorded batch by "lena". */
    Written store(String sourceSystem, ObservationRow... rows) {
        return store(UUID.randomUUID(), sourceSystem, "lena", rows);
    }

    Written store(UUID batch, String sourceSystem, String recordedBy, ObservationRow... rows) {
        return tx(() -> {
            try (StagedObservations staging = observations().stage(batch, sourceSystem, recordedBy)) {
                List.of(rows).forEach(staging::add);
                return staging.commit();
            }
        });
    }

    /** A day's value of a measure in a channel, without campaign, source or currency. */
    static ObservationRow value(String measure, String day, String channel, String value) {
        return row(0, measure, Grain.DAY, day, channel, null, null, value, null);
    }

    static ObservationRow row(long line, String measure, Grain grain, String periodStart, String channel,
                              String campaign, String source, String value, String currency) {
        return new ObservationRow(line, measure, LocalDate.parse(periodStart), grain, channel, campaign, source,
                new BigDecimal(value), currency);
    }
}

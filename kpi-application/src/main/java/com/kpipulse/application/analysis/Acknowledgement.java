package com.kpipulse.application.analysis;

import java.time.Instant;
import java.util.Objects;

/**
 * Somebody saw an anomaly and said so: who, when and, if they wrote one, why it needs no more attention («распродажа»,
 * «выгрузку перезапустили»).
 *
 * @param note "" when none was written
 */
public record Acknowledgement(AnomalyId anomaly, String by, Instant at, String note) {

    /** A note longer than this is not a note on an anomaly. */
    public static final int MAX_NOTE = com.kpipulse.domain.input.TextInput.NOTE;

    public Acknowledgement {
        Objects.requireNonNull(anomaly, "anomaly");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        note = Objects.requireNonNullElse(note, "");
    }
}

package com.kpipulse.application.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Outgoing port: which anomalies in incoming data somebody has acknowledged, one acknowledgement per anomaly. */
public interface AnomalyAcknowledgements {

    /** Records the acknowledgement, replacing an earlier one of the same anomaly; answers the one it replaced. */
    Optional<Acknowledgement> acknowledge(Acknowledgement acknowledgement);

    Optional<Acknowledgement> find(AnomalyId anomaly);

    /** The acknowledgements of anomalies on the days {@code from..to} (inclusive), oldest day first. */
    List<Acknowledgement> between(LocalDate from, LocalDate to);
}

package com.kpipulse.application.importing;

import java.math.BigDecimal;
import java.util.Optional;

/** Outgoing port: the value stored today under a row's natural key, for the audit trail's "before". */
public interface StoredValues {

    Optional<BigDecimal> valueOf(String sourceSystem, ObservationRow row);
}

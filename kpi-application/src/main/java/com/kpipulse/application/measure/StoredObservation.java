package com.kpipulse.application.measure;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A stored value as it is, with where it came from: for exports and cross-checks. */
public record StoredObservation(String sourceSystem, String measure, String grain, LocalDate periodStart,
                                String channel, String campaign, String source, BigDecimal value, String currency) {
}

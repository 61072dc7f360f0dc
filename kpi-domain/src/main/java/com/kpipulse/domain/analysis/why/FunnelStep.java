package com.kpipulse.domain.analysis.why;

import com.kpipulse.domain.LocalizedText;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One step of a funnel between two stages that have data: its conversion (the later stage over the earlier) in the
 * period and in the reference, and how its move compares with its own history.
 *
 * @param kpi the catalog KPI that is this conversion, when the two stages are neighbours in the funnel
 * @param z   the move in spreads of the step's own period-to-period noise; empty when the history is too short
 */
public record FunnelStep(String from, String to, Optional<String> kpi, LocalizedText name, BigDecimal actual,
                         BigDecimal reference, OptionalDouble z) {

    public FunnelStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kpi, "kpi");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(z, "z");
    }
}

package com.kpipulse.application.evaluation;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

/** Outgoing port: every stored value of some measures in a span, streamed in key order (for exports). */
public interface ObservationListing {

    /**
     * @param measures only these measures, or all when empty
     * @param channels only these channels, or all when empty
     */
    void forEach(Set<String> measures, LocalDate from, LocalDate to, Set<String> channels,
                 Consumer<StoredObservation> action);
}

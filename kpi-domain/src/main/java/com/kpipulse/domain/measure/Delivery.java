package com.kpipulse.domain.measure;

import java.time.LocalDate;
import java.util.Objects;

/** How far a source system has delivered a measure: the last day its stored values of it cover. */
public record Delivery(String sourceSystem, MeasureCode measure, LocalDate lastDay) {

    public Delivery {
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(lastDay, "lastDay");
    }
}

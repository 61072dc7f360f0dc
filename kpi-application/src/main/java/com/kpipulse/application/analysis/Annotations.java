package com.kpipulse.application.analysis;

import com.kpipulse.domain.analysis.Annotation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Outgoing port: annotations on KPI values. */
public interface Annotations {

    void add(Annotation annotation);

    /** The annotations of a KPI between two days (inclusive), oldest first. */
    List<Annotation> of(String kpi, LocalDate from, LocalDate to);

    Optional<Annotation> find(UUID id);

    /** @return false when there was no such annotation */
    boolean remove(UUID id);
}

package com.kpipulse.application.evaluation;

import com.kpipulse.domain.period.Period;

import java.util.List;
import java.util.Set;

/** Outgoing port: the provenance of stored values (source system, import, time), for "where does this come from". */
public interface SourcesOfValues {

    List<SourceSummary> of(Set<String> measures, Period span, Set<String> channels);
}

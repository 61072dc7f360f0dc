package com.kpipulse.domain.measure;

import com.kpipulse.domain.period.Period;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The observations an evaluation may use, indexed by measure. Immutable. */
public final class ObservationSet {

    private final Map<MeasureCode, List<Observation>> byMeasure;

    private ObservationSet(Collection<Observation> observations) {
        this.byMeasure = observations.stream()
                .collect(Collectors.groupingBy(Observation::measure, Collectors.toUnmodifiableList()));
    }

    public static ObservationSet of(Collection<Observation> observations) {
        return new ObservationSet(List.copyOf(observations));
    }

    public static ObservationSet of(Observation... observations) {
        return new ObservationSet(List.of(observations));
    }

    /** Observations of the measure whose own period lies inside {@code period} and that match the selection. */
    public List<Observation> within(MeasureCode measure, Period period, DimensionSelection selection) {
        return byMeasure.getOrDefault(measure, List.of()).stream()
                .filter(observation -> period.encloses(observation.period()))
                .filter(observation -> observation.matches(selection))
                .toList();
    }

    public int size() {
        return byMeasure.values().stream().mapToInt(List::size).sum();
    }
}

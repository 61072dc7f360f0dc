package com.kpipulse.application.importing;

import java.util.List;

/** Values of one import on their way into the store. */
public interface StagedObservations extends ObservationTarget, AutoCloseable {

    /**
     * Rows that give different values for the same measure, period and dimensions: the file contradicts itself.
     * One problem per contradicting key, at most {@code limit}.
     */
    List<RowProblem> contradictions(int limit);

    /**
     * Writes the staged values: a value for an existing natural key (source system, measure, period, dimensions)
     * replaces the old one; an identical value changes nothing.
     *
     * @return how many stored values were inserted or changed
     */
    long commit();

    @Override
    void close();
}

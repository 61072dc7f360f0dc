package com.kpipulse.application.importing;

import java.util.List;
import java.util.Optional;

/** Values of one import on their way into the store. */
public interface StagedObservations extends ObservationTarget, AutoCloseable {

    /**
     * Rows that give different values for the same measure, period and dimensions: the file contradicts itself.
     * One problem per contradicting key, at most {@code limit}.
     */
    List<RowProblem> contradictions(int limit);

    /**
     * The stored values the staged ones would change if committed now (another figure or currency for a key the
     * store holds); empty when they change none. Read before {@link #commit()}: a preview says it.
     */
    Optional<Replacement> replacement();

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

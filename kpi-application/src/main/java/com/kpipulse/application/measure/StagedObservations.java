package com.kpipulse.application.measure;

import java.util.List;
import java.util.Optional;

/** Values of one import on their way into the store. */
public interface StagedObservations extends ObservationTarget, AutoCloseable {

    /**
     * Keys the staged rows give different values (or currencies) for: the file contradicts itself. One per key, by
     * the first line that names it, at most {@code limit}.
     */
    List<Contradiction> contradictions(int limit);

    /**
     * The stored values the staged ones would change if committed now (another figure or currency for a key the
     * store holds); empty when they change none. Read before {@link #commit()}: a preview says it.
     */
    Optional<Replacement> replacement();

    /**
     * Writes the staged values: a value for an existing natural key (source system, measure, period, dimensions)
     * replaces the old one; an identical value changes nothing.
     *
     * @return how many values were added, replaced and given again unchanged (each key counted once)
     */
    Written commit();

    @Override
    void close();
}

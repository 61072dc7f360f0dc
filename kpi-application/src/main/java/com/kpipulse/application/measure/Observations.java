package com.kpipulse.application.measure;

import java.util.UUID;

/**
 * Outgoing port: how values get into the observation store, every import and every value typed in. An import is all
 * or nothing either way: loaded directly when its keys are new, or through a staging area that replaces by natural
 * key. What the store holds is read through {@link ValuesThatCount} and {@link StoredObservations}.
 */
public interface Observations {

    /**
     * Opens a staging area in the current transaction. Nothing staged reaches the store unless
     * {@link StagedObservations#commit()} is called; closing without commit discards it. {@code recordedBy} is who
     * imports or types the values in.
     */
    StagedObservations stage(UUID batch, String sourceSystem, String recordedBy);

    /**
     * Starts a direct load in the current transaction; see {@link DirectLoad}. Nothing of it stays unless
     * {@link DirectLoad#finish()} answers with what it wrote.
     */
    DirectLoad loadDirectly(UUID batch, String sourceSystem, String recordedBy);
}

package com.kpipulse.application.importing;

import java.util.UUID;

/** Outgoing port: the store of observations, written through a staging area so an import is all or nothing. */
public interface Observations {

    /**
     * Opens a staging area in the current transaction. Nothing staged reaches the store unless
     * {@link StagedObservations#commit()} is called; closing without commit discards it.
     */
    StagedObservations stage(UUID batch, String sourceSystem);
}

package com.kpipulse.application.measure;

/** Where checked rows of an import go: a direct load into the store or a staging area. */
public interface ObservationTarget {

    /** Takes one value; the row's channel is already resolved. */
    void add(ObservationRow row);
}

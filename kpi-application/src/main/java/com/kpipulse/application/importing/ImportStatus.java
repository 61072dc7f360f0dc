package com.kpipulse.application.importing;

/** How an import ended. */
public enum ImportStatus {
    /** Every row was valid and the values are stored. */
    COMMITTED,
    /** At least one problem: nothing was written; the report lists every problem. */
    REJECTED,
    /** A dry run: the rows were read and checked, nothing was written. */
    PREVIEW
}

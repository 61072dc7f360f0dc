package com.kpipulse.application.importing;

/** How an import ended, or that it has not ended yet. */
public enum ImportStatus {
    /** Every row was valid and the values are stored. */
    COMMITTED,
    /** At least one problem: nothing was written; the report lists every problem. */
    REJECTED,
    /** A dry run: the rows were read and checked, nothing was written. */
    PREVIEW,
    /** Under way: a live process is reading the file; none of its values is visible until it ends. */
    RUNNING,
    /**
     * It never ended: the process reading it died (killed, out of memory, the machine gone) or its transaction broke
     * off (the database went away). The transaction was rolled back, so nothing of the file is stored, and the file
     * may simply be imported again.
     */
    INTERRUPTED
}

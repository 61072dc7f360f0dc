package com.kpipulse.application.importing.pull;

/** How the last pull of a connection ended. */
public enum PullStatus {
    /** The report was imported (values unchanged since the last pull count as imported too). */
    IMPORTED,
    /** The API answered with an empty report for the window. */
    NO_DATA,
    /** The report arrived, but the import found problems and wrote nothing. */
    REJECTED,
    /** The report could not be fetched: refused token, API error, rate limit, still queued, no token. */
    FAILED
}

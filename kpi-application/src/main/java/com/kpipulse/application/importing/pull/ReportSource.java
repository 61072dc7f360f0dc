package com.kpipulse.application.importing.pull;

import java.time.LocalDate;

/** Outgoing port: one reporting API that hands over a report for a connection in a format a preset reads. */
public interface ReportSource {

    PullConnection.Kind kind();

    /**
     * Fetches the report of {@code connection} for the days {@code from} to {@code to}, both included. Waits for a
     * queued report or a rate limit only as long as the configured bound allows.
     */
    FetchedReport fetch(PullConnection connection, AccessToken token, LocalDate from, LocalDate to);
}

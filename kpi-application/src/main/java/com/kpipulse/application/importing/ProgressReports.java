package com.kpipulse.application.importing;

import java.util.UUID;
import java.util.function.LongConsumer;

/**
 * Passes the rows checked on to {@link ImportProgress} at most every {@value #EVERY_MILLIS} ms: a page asks a few
 * times a second, and a million-row file must not pay for a write per few thousand rows.
 */
final class ProgressReports implements LongConsumer {

    static final long EVERY_MILLIS = 250;

    private final ImportProgress progress;
    private final UUID upload;
    private final String person;
    private long lastNanos = System.nanoTime();

    ProgressReports(ImportProgress progress, UUID upload, String person) {
        this.progress = progress;
        this.upload = upload;
        this.person = person;
    }

    @Override
    public void accept(long rows) {
        long now = System.nanoTime();
        if (now - lastNanos >= EVERY_MILLIS * 1_000_000) {
            lastNanos = now;
            progress.checked(upload, person, rows);
        }
    }
}

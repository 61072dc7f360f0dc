package com.kpipulse.adapters.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The system's time, seen in the company's time zone as it is set now: {@code LocalDate.now(clock)} is the company's
 * today wherever the server runs. The zone is asked for each time (from settings kept in memory, so no store is read
 * per call), so a change of the company's time zone counts at once.
 */
final class CompanyClock extends Clock {

    private final Clock time;
    private final Supplier<ZoneId> zone;

    CompanyClock(Clock time, Supplier<ZoneId> zone) {
        this.time = Objects.requireNonNull(time, "time");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public ZoneId getZone() {
        return zone.get();
    }

    /** A clock of the same time in a fixed zone (what {@link Clock#withZone} promises). */
    @Override
    public Clock withZone(ZoneId other) {
        return time.withZone(other);
    }

    @Override
    public Instant instant() {
        return time.instant();
    }

    @Override
    public long millis() {
        return time.millis();
    }
}

package com.kpipulse.application.cluster;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Outgoing port: runs work that must happen once even when several replicas of the app share one database
 * (scheduled pulls, the demo load). A replica that finds the work already running elsewhere skips it.
 */
public interface RunOnce {

    /**
     * Runs {@code work} when no other replica is running work under the same name.
     *
     * @return the work's result, or empty when another replica holds the name right now
     */
    <T> Optional<T> exclusively(String name, Supplier<T> work);
}

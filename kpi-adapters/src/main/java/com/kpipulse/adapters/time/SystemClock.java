package com.kpipulse.adapters.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** The clock the use cases read; tests can replace it with a fixed one. */
@ApplicationScoped
public class SystemClock {

    @Produces
    @Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }
}

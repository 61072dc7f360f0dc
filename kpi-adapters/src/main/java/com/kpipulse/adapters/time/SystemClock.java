package com.kpipulse.adapters.time;

import com.kpipulse.application.company.CurrentSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock the use cases read: the system's time in the company's time zone (its settings, kept in memory until they
 * change), so "today" is the company's today whichever zone the server runs in. Tests can replace it with a fixed one.
 */
@ApplicationScoped
public class SystemClock {

    @Inject
    CurrentSettings settings;

    @Produces
    @Singleton
    public Clock clock() {
        return new CompanyClock(Clock.systemUTC(), () -> settings.current().zone());
    }
}

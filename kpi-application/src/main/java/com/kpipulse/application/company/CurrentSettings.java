package com.kpipulse.application.company;

import com.kpipulse.application.evaluation.DataVersion;
import com.kpipulse.domain.company.CompanySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The company's settings as imports and the clock read them: kept in memory until the data changes. The clock asks
 * for the company's time zone whenever somebody asks what day it is, so the settings must not be read from the store
 * each time. The key is the {@link DataVersion} (the settings table sends the store's change notices, so another
 * replica's change counts as soon as its notice arrives) and the changes made through this replica
 * ({@link #changedHere()}, which count at once).
 */
@ApplicationScoped
public class CurrentSettings {

    private record Kept(CompanySettings settings, long dataVersion, long localChanges) {
    }

    private final CompanySettingsStore store;
    private final DataVersion version;
    private final AtomicLong localChanges = new AtomicLong();
    private volatile Kept kept;

    @Inject
    public CurrentSettings(CompanySettingsStore store, DataVersion version) {
        this.store = store;
        this.version = version;
    }

    public CompanySettings current() {
        long seen = version.current();
        long local = localChanges.get();
        Kept now = kept;
        if (now != null && now.dataVersion() == seen && now.localChanges() == local) {
            return now.settings();
        }
        CompanySettings settings = store.versioned().value();
        kept = new Kept(settings, seen, local);
        return settings;
    }

    /** A change made through this replica (after its transaction ended): the next read takes the stored settings. */
    public void changedHere() {
        localChanges.incrementAndGet();
    }
}

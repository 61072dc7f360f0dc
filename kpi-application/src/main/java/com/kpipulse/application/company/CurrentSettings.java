package com.kpipulse.application.company;

import com.kpipulse.application.evaluation.DataVersion;
import com.kpipulse.application.evaluation.KeptUntilDataChanges;
import com.kpipulse.domain.company.CompanySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The company's settings as imports and the clock read them: kept in memory until the data changes. The clock asks
 * for the company's time zone whenever somebody asks what day it is, so the settings must not be read from the store
 * each time ({@link KeptUntilDataChanges}: the settings table sends the store's change notices).
 */
@ApplicationScoped
public class CurrentSettings {

    private final KeptUntilDataChanges<CompanySettings> kept;

    @Inject
    public CurrentSettings(CompanySettingsStore store, DataVersion version) {
        this.kept = new KeptUntilDataChanges<>(() -> store.versioned().value(), version);
    }

    public CompanySettings current() {
        return kept.current();
    }

    /** A change made through this replica (after its transaction ended): the next read takes the stored settings. */
    public void changedHere() {
        kept.changedHere();
    }
}

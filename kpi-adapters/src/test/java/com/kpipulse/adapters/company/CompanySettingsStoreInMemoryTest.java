package com.kpipulse.adapters.company;

import com.kpipulse.application.company.CompanySettingsStore;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.domain.company.CompanySettings;

/** The company settings contract against the fake the use-case tests use. */
class CompanySettingsStoreInMemoryTest extends CompanySettingsStoreContract {

    private final CompanySettingsStore settings = InMemory.companySettings(CompanySettings.INITIAL);

    @Override
    protected CompanySettingsStore settings() {
        return settings;
    }
}

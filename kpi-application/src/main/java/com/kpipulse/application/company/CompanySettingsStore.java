package com.kpipulse.application.company;

import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.company.CompanySettings;

/** Outgoing port: the company's settings, one record with one version (stored from the start, at version 1). */
public interface CompanySettingsStore {

    Versioned<CompanySettings> versioned();

    /** Replaces the settings if they are at {@code expected}, checked in the statement that writes. */
    VersionedWrite replace(CompanySettings settings, ExpectedVersion expected);
}

package com.kpipulse.adapters.company;

import com.kpipulse.adapters.contract.PortContract;
import com.kpipulse.application.company.CompanySettingsStore;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.company.CompanySettings;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every store of the company's settings does: holds them from the start, versions each change, refuses a stale
 * one. The settings are one record the whole store shares, so each test starts from what it reads and puts that back.
 */
public abstract class CompanySettingsStoreContract extends PortContract {

    private static final CompanySettings ALMATY = new CompanySettings("KZT", ZoneId.of("Asia/Almaty"));
    private static final CompanySettings BERLIN = new CompanySettings("EUR", ZoneId.of("Europe/Berlin"));

    protected abstract CompanySettingsStore settings();

    @Test
    void theSettingsAreStoredFromTheStart() {
        Versioned<CompanySettings> read = tx(() -> settings().versioned());
        assertThat(read.version()).isGreaterThanOrEqualTo(1);
        assertThat(read.value()).isNotNull();
    }

    @Test
    void aChangeAtTheVersionReadIsKeptAndMovesTheVersionAStaleOneChangesNothing() {
        Versioned<CompanySettings> before = tx(() -> settings().versioned());
        try {
            assertThat(tx(() -> settings().replace(ALMATY, ExpectedVersion.of(before.version()))))
                    .isEqualTo(new VersionedWrite.Written(before.version() + 1));
            assertThat(tx(() -> settings().replace(BERLIN, ExpectedVersion.of(before.version()))))
                    .isEqualTo(new VersionedWrite.Stale(before.version() + 1));
            assertThat(tx(() -> settings().versioned())).isEqualTo(new Versioned<>(ALMATY, before.version() + 1));

            assertThat(tx(() -> settings().replace(BERLIN, ExpectedVersion.any())))
                    .isEqualTo(new VersionedWrite.Written(before.version() + 2));
            assertThat(tx(() -> settings().versioned())).isEqualTo(new Versioned<>(BERLIN, before.version() + 2));
        } finally {
            tx(() -> settings().replace(before.value(), ExpectedVersion.any()));
        }
    }
}

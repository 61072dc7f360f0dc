package com.kpipulse.application.company;

import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.application.setup.SetupProblem.Kind;
import com.kpipulse.application.testing.InMemory;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.domain.company.CompanySettings;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TheCompanysSettingsAreCheckedVersionedAndAuditedTest {

    private final List<String> audited = new ArrayList<>();
    private final CompanySettingsStore store = InMemory.companySettings(CompanySettings.INITIAL);
    private final ManageCompanySettings settings = new ManageCompanySettings(store, InMemory.auditInto(audited));

    @Test
    void aCurrencyAndAZoneAreStoredAtTheNextVersionAndReadThroughTheKeptSettings() {
        CurrentSettings current = new CurrentSettings(store, InMemory.alwaysNewData());

        assertThat(settings.change(" usd ", "Asia/Almaty", ExpectedVersion.of(1), "ada"))
                .isEqualTo(new ManageCompanySettings.Outcome.Saved(new CompanySettings("USD", ZoneId.of("Asia/Almaty")), 2));
        assertThat(current.current()).isEqualTo(new CompanySettings("USD", ZoneId.of("Asia/Almaty")));
        assertThat(settings.change("EUR", "Europe/Berlin", ExpectedVersion.of(1), "boris"))
                .isEqualTo(new ManageCompanySettings.Outcome.Stale(2));
        assertThat(audited).containsExactly("company_settings/company update");
    }

    @Test
    void aCurrencyOrZoneNobodyKnowsIsRefusedFieldByField() {
        assertThat(settings.change("ABC", "Mars/Olympus", ExpectedVersion.any(), "ada")).isInstanceOfSatisfying(
                ManageCompanySettings.Outcome.Rejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(SetupProblem::field, SetupProblem::kind).containsExactly(
                                tuple("currency", Kind.NOT_A_CURRENCY), tuple("timeZone", Kind.NOT_A_ZONE)));
        assertThat(settings.change("", "x".repeat(100_000), ExpectedVersion.any(), "ada")).isInstanceOfSatisfying(
                ManageCompanySettings.Outcome.Rejected.class, rejected -> assertThat(rejected.problems())
                        .extracting(SetupProblem::field, SetupProblem::kind).containsExactly(
                                tuple("currency", Kind.REQUIRED), tuple("timeZone", Kind.INPUT)));
        assertThat(settings.change("RUB", "+03:00", ExpectedVersion.any(), "ada"))
                .isInstanceOf(ManageCompanySettings.Outcome.Rejected.class);
        assertThat(store.versioned().version()).isEqualTo(1);
        assertThat(audited).isEmpty();
    }
}

package com.kpipulse.application.company;

import com.kpipulse.application.audit.AuditTrail;
import com.kpipulse.application.setup.SetupProblem;
import com.kpipulse.application.setup.SetupProblem.Kind;
import com.kpipulse.application.version.ExpectedVersion;
import com.kpipulse.application.version.Versioned;
import com.kpipulse.application.version.VersionedWrite;
import com.kpipulse.domain.company.CompanySettings;
import com.kpipulse.domain.input.InputProblem;
import com.kpipulse.domain.input.TextInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The admin keeps the company's settings: its currency (the default of every import whose file names none) and its
 * time zone (what "today" is for the window of values, the periods and CRM timestamps). One versioned record, changed
 * at the version the admin saw, audited.
 */
@ApplicationScoped
public class ManageCompanySettings {

    /** How a change ended. */
    public sealed interface Outcome {

        record Saved(CompanySettings settings, long version) implements Outcome {
        }

        /** Not stored: a problem per field ({@code currency}, {@code timeZone}). */
        record Rejected(List<SetupProblem> problems) implements Outcome {
            public Rejected {
                problems = List.copyOf(problems);
            }
        }

        /** Not stored: somebody else changed the settings after the writer read them. */
        record Stale(long currentVersion) implements Outcome {
        }
    }

    private final CompanySettingsStore store;
    private final AuditTrail audit;

    @Inject
    public ManageCompanySettings(CompanySettingsStore store, AuditTrail audit) {
        this.store = store;
        this.audit = audit;
    }

    public Versioned<CompanySettings> versioned() {
        return store.versioned();
    }

    /**
     * Changes the settings to the currency and time zone as typed ({@code rub} is read as {@code RUB}); each is
     * bounded and checked before anything else.
     */
    @Transactional
    public Outcome change(String currency, String timeZone, ExpectedVersion expected, String actor) {
        List<SetupProblem> problems = new ArrayList<>();
        String code = checked("currency", currency, problems);
        Optional<String> knownCurrency = code == null ? Optional.empty()
                : CompanySettings.currencyOf(code.toUpperCase(Locale.ROOT));
        if (code != null && knownCurrency.isEmpty()) {
            problems.add(SetupProblem.of(SetupProblem.WHOLE, "currency", Kind.NOT_A_CURRENCY, InputProblem.excerpt(code)));
        }
        String zoneId = checked("timeZone", timeZone, problems);
        Optional<ZoneId> zone = zoneId == null ? Optional.empty() : CompanySettings.zoneOf(zoneId);
        if (zoneId != null && zone.isEmpty()) {
            problems.add(SetupProblem.of(SetupProblem.WHOLE, "timeZone", Kind.NOT_A_ZONE, InputProblem.excerpt(zoneId)));
        }
        if (!problems.isEmpty()) {
            return new Outcome.Rejected(problems);
        }
        CompanySettings next = new CompanySettings(knownCurrency.orElseThrow(), zone.orElseThrow());
        Versioned<CompanySettings> before = store.versioned();
        if (!expected.admits(before.version())) {
            return new Outcome.Stale(before.version());
        }
        return switch (store.replace(next, expected)) {
            case VersionedWrite.Written written -> {
                audit.record(actor, "company_settings", "company", "update", describe(before.value()), describe(next));
                yield new Outcome.Saved(next, written.version());
            }
            case VersionedWrite.Stale stale -> new Outcome.Stale(stale.currentVersion());
            case VersionedWrite.Missing missing -> new Outcome.Stale(0);
        };
    }

    /** The text stripped, or null with a problem when it is empty or unfit. */
    private static String checked(String field, String typed, List<SetupProblem> problems) {
        if (typed == null || typed.isBlank()) {
            problems.add(SetupProblem.of(SetupProblem.WHOLE, field, Kind.REQUIRED));
            return null;
        }
        Optional<InputProblem> unfit = TextInput.line(typed, TextInput.CODE);
        unfit.ifPresent(problem -> problems.add(SetupProblem.input(SetupProblem.WHOLE, field, problem)));
        return unfit.isPresent() ? null : typed.strip();
    }

    private static String describe(CompanySettings settings) {
        return settings.currency() + ", " + settings.zone().getId();
    }
}

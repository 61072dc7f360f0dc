package com.kpipulse.application.importing.pull;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/**
 * A connection to a reporting API that is pulled on a schedule.
 *
 * @param account    the Metrica counter id, or the Direct {@code Client-Login}
 * @param token      where the token is kept; never the token itself
 * @param currency   the account currency (ISO code): Direct money comes in it, Metrica revenue is asked in it
 * @param windowDays how many days back each pull reaches, so values the platform restates later are picked up
 * @param baseUrl    another address of the API (a proxy, a test stub), or null for the configured one
 * @param lastSync   how the last pull ended, or null before the first
 */
public record PullConnection(UUID id, String name, Kind kind, String account, TokenReference token, String currency,
                             int windowDays, boolean enabled, URI baseUrl, SyncOutcome lastSync) {

    public static final int DEFAULT_WINDOW_DAYS = 30;
    public static final int MAX_WINDOW_DAYS = 365;

    public enum Kind {
        /** Yandex Metrica Reporting API ({@code /stat/v1/data}), imported with the {@code metrica-report-json} preset. */
        METRICA,
        /** Yandex Direct Reports service ({@code /json/v5/reports}), imported with the {@code direct-api-tsv} preset. */
        DIRECT
    }

    public PullConnection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(token, "token");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a connection needs a name");
        }
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("connection «" + name + "» needs "
                    + (kind == Kind.METRICA ? "a Metrica counter id" : "a Direct client login"));
        }
        if (kind == Kind.METRICA && !account.strip().matches("\\d+")) {
            throw new IllegalArgumentException("connection «" + name + "»: a Metrica counter id is a number, got «"
                    + account + "»");
        }
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("connection «" + name + "» needs the account currency as an ISO code"
                    + " such as RUB, got «" + currency + "»");
        }
        if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
            throw new IllegalArgumentException("connection «" + name + "»: the re-pull window is 1 to "
                    + MAX_WINDOW_DAYS + " days, got " + windowDays);
        }
        name = name.strip();
        account = account.strip();
    }

    public PullConnection withLastSync(SyncOutcome outcome) {
        return new PullConnection(id, name, kind, account, token, currency, windowDays, enabled, baseUrl, outcome);
    }
}

package com.kpipulse.domain.company;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * What the whole company shares and every import and date depends on: its currency (the default for files that carry
 * none, such as GA4 and amoCRM exports) and its time zone (what "today" is, so which dates are in the window of
 * values, and on which day a CRM timestamp falls).
 *
 * @param currency an ISO 4217 code the JDK knows, e.g. {@code RUB}
 * @param zone     an IANA time zone, e.g. {@code Europe/Moscow}
 */
public record CompanySettings(String currency, ZoneId zone) {

    /** What an installation starts with (and what the migration stores): roubles, Moscow time. */
    public static final CompanySettings INITIAL = new CompanySettings("RUB", ZoneId.of("Europe/Moscow"));

    public CompanySettings {
        Objects.requireNonNull(zone, "zone");
        if (currencyOf(currency).isEmpty()) {
            throw new IllegalArgumentException("«" + currency + "» is not an ISO 4217 currency code");
        }
    }

    /** The currency named by three capital Latin letters the JDK knows as ISO 4217 ({@code RUB}, {@code USD}). */
    public static Optional<String> currencyOf(String code) {
        if (code == null || code.length() != 3 || !code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code).getCurrencyCode());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A region-based IANA zone ({@code Europe/Moscow}, {@code Asia/Almaty}, also {@code UTC}); nothing else. */
    public static Optional<ZoneId> zoneOf(String id) {
        if (id == null || id.isBlank() || id.length() > 64 || !ZoneId.getAvailableZoneIds().contains(id)) {
            return Optional.empty();
        }
        return Optional.of(ZoneId.of(id));
    }
}

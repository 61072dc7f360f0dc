package com.kpipulse.web.support;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of the demo users, each reused for a few minutes (they live ten): a test that sends dozens of requests
 * logs its user in once instead of once a request, which keeps Keycloak's brute-force detection out of the way.
 */
public final class ReusedTokens {

    private static final Duration REUSE = Duration.ofMinutes(4);

    private record Token(String value, Instant until) {
    }

    private static final Map<String, Token> TOKENS = new ConcurrentHashMap<>();

    private ReusedTokens() {
    }

    public static String of(String user) {
        Instant now = Instant.now();
        return TOKENS.compute(user, (name, kept) -> kept != null && kept.until().isAfter(now) ? kept
                : new Token(KeycloakTokens.accessTokenOf(name), now.plus(REUSE))).value();
    }
}

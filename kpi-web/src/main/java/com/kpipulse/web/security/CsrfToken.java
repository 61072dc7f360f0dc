package com.kpipulse.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;

/**
 * The CSRF token of a browser session (ADR 10): an HMAC, under the server's {@link CsrfKey}, of who is signed in and
 * which Keycloak session they are in ({@link SessionId}: the ID token's {@code sub} and {@code sid}). Every form carries it as field
 * {@value #FIELD}, every htmx request as header {@value #HEADER}; a forged cross-site request cannot read it, and a
 * token of another session or a made-up one does not match. Nothing is stored: any replica computes it again from the
 * session's own (encrypted) cookies. Templates reach it as {@code inject:csrf.token}.
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Inject
    SecurityIdentity identity;

    @Inject
    CsrfKey key;

    private String token;

    /** The token of this session; empty for an anonymous request, which no state-changing request may be. */
    public String token() {
        if (token == null) {
            token = SessionId.of(identity).map(session -> key.sign("kpi-csrf|" + session)).orElse("");
        }
        return token;
    }

    /**
     * This request's identity cannot be known (the sign-in server has never answered): its page carries no token,
     * as for nobody signed in, without asking for the identity again.
     */
    public void identityUnknown() {
        token = "";
    }

    /**
     * Whether a request may pass: safe methods always; state-changing ones when they carry a bearer token (API
     * clients: a browser never sends one on its own) or when the token they send is this session's.
     *
     * @param expected this session's token, empty when nobody is signed in
     * @param sent     the header, else the form field; null when neither was sent
     */
    public static boolean permits(String method, String authorization, String expected, String sent) {
        if (method == null || SAFE_METHODS.contains(method.toUpperCase(Locale.ROOT))) {
            return true;
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return true;
        }
        return expected != null && !expected.isEmpty() && sent != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), sent.strip().getBytes(StandardCharsets.US_ASCII));
    }
}

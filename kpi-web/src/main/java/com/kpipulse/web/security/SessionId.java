package com.kpipulse.web.security;

import io.quarkus.security.identity.SecurityIdentity;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * What identifies a signed-in session across requests and replicas, read from its token: the subject and Keycloak's
 * session id ({@code sid}: the same across token refreshes, new at every login); a token without {@code sid} is
 * taken by its login time ({@code auth_time}, else {@code iat}). The CSRF token is bound to it (ADR 10), and a logout
 * ends it (ADR 11).
 */
public final class SessionId {

    private SessionId() {
    }

    public static Optional<String> of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        return of(jwt);
    }

    public static Optional<String> of(JsonWebToken jwt) {
        String subject = jwt.getSubject();
        if (subject == null || subject.isBlank()) {
            return Optional.empty();
        }
        Object sid = jwt.getClaim("sid");
        if (sid != null && !sid.toString().isBlank()) {
            return Optional.of(subject + "|sid|" + sid);
        }
        Object authTime = jwt.getClaim("auth_time");
        Object issuedAt = authTime != null ? authTime : jwt.getClaim("iat");
        return issuedAt == null ? Optional.empty() : Optional.of(subject + "|at|" + issuedAt);
    }
}

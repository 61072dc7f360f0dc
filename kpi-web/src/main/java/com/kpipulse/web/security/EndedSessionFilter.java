package com.kpipulse.web.security;

import com.kpipulse.application.session.EndedSessions;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * A browser session that was logged out stays logged out (ADR 11): its tokens are still valid until they expire, so
 * a copy of its cookies would otherwise open pages for minutes. Every request of a browser session asks
 * {@link EndedSessions}; an ended one has its cookies removed and gets the login challenge (a redirect to Keycloak,
 * where that session no longer exists). Bearer-token calls are not sessions and are not asked. Runs before the CSRF
 * check, so an ended session is sent to log in rather than told its form is stale.
 */
public class EndedSessionFilter {

    @Inject
    SecurityIdentity identity;

    @Inject
    EndedSessions endedSessions;

    @Inject
    OidcSession oidcSession;

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void refuseEndedSessions() {
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null) {
            return;
        }
        Optional<String> session = SessionId.of(identity);
        if (session.isPresent() && endedSessions.isEnded(session.get())) {
            oidcSession.logout().await().indefinitely();
            throw new AuthenticationFailedException("This session was logged out");
        }
    }
}

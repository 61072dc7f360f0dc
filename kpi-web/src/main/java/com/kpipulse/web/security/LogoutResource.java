package com.kpipulse.web.security;

import com.kpipulse.web.page.Ui;

import com.kpipulse.application.session.EndedSessions;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Logging out (ADR 11): a POST with the session's CSRF token (the header's button), never a GET, so no link, image or
 * prefetch on any page can log somebody out. It ends the session everywhere: recorded as ended for every replica
 * ({@link EndedSessions}, so copied cookies open nothing any more), the session cookies removed, and the browser sent
 * to Keycloak's end-session endpoint with {@code id_token_hint}, which ends the single sign-on session too and comes
 * back to {@code /signed-out}. A GET shows a page with that button.
 */
@Path("/logout")
@Authenticated
public class LogoutResource {

    /** Tokens may be a little older than their expiry says (clock skew); the ended session is kept that long more. */
    static final Duration GRACE = Duration.ofMinutes(5);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm();
    }

    @Inject
    Ui ui;

    @Inject
    SecurityIdentity identity;

    @Inject
    OidcSession oidcSession;

    @Inject
    OidcConfigurationMetadata provider;

    @Inject
    EndedSessions endedSessions;

    @Inject
    PublicAddress publicAddress;

    @Inject
    HttpServerRequest request;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String clientId;

    @ConfigProperty(name = "kpi.cookies.secure")
    boolean secureCookies;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance confirm() {
        return ui.page(Templates.confirm());
    }

    @POST
    public Response logOut() {
        SessionId.of(identity).ifPresent(session -> endedSessions.end(session, until()));
        IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
        oidcSession.logout().await().indefinitely();
        String endSession = provider == null ? null : provider.getEndSessionUri();
        String location = idToken == null || endSession == null ? "/signed-out"
                : endSession + (endSession.contains("?") ? "&" : "?")
                + "client_id=" + encode(clientId)
                + "&id_token_hint=" + encode(idToken.getToken())
                + "&post_logout_redirect_uri=" + encode(base() + "/signed-out");
        return Response.status(Response.Status.SEE_OTHER).header(HttpHeaders.LOCATION, location).build();
    }

    /** Until when a copy of this session's cookies could still pass: its token's expiry, and a little more. */
    private Instant until() {
        long expires = identity.getPrincipal() instanceof JsonWebToken jwt ? jwt.getExpirationTime() : 0;
        Instant now = Instant.now();
        Instant tokenEnd = Instant.ofEpochSecond(expires);
        return (tokenEnd.isAfter(now) ? tokenEnd : now).plus(GRACE);
    }

    /** The app's address for Keycloak to come back to: the public address when set, else this request's. */
    private String base() {
        return publicAddress.url().map(url -> url.toString().replaceAll("/+$", ""))
                .orElseGet(() -> (secureCookies ? "https" : request.scheme()) + "://" + request.authority());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

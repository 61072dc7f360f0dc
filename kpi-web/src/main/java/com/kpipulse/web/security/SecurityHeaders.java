package com.kpipulse.web.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.List;

/**
 * Security headers on every answer: pages, htmx fragments, the API, error pages, redirects of the login and static
 * files alike. A Vert.x filter rather than a JAX-RS one, because error pages of the security layer and static files
 * never pass through JAX-RS; it runs before the security handlers and writes the headers when the answer's headers go
 * out, so nothing later can drop them.
 * <p>
 * The Content-Security-Policy admits scripts and styles from this site only (no inline script, style attribute or
 * {@code eval}: htmx is configured for that in {@code layout.html}); forms may also post to, or be redirected to, the
 * identity provider (the logout goes there). Answers carry data, so none but static files may be stored by a browser
 * or a proxy.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Above Quarkus' CORS (300), authentication (200) and authorization (100) handlers, so their answers get it too. */
    static final int PRIORITY = 1000;

    /** Static files: cacheable, they carry no data. */
    static final List<String> STATIC_PREFIXES = List.of("/css/", "/js/", "/webjars/", "/img/", "/favicon.ico");

    private final String contentSecurityPolicy;

    public SecurityHeaders(@ConfigProperty(name = "quarkus.oidc.auth-server-url") String identityProvider) {
        this.contentSecurityPolicy = policy(origin(identityProvider));
    }

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, PRIORITY);
    }

    private void addHeaders(RoutingContext context) {
        String path = context.normalizedPath();
        context.addHeadersEndHandler(ignored -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", contentSecurityPolicy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "same-origin");
            headers.set("X-Frame-Options", "SAMEORIGIN");
            if (!isStatic(path)) {
                headers.set("Cache-Control", "no-store");
            }
        });
        context.next();
    }

    static boolean isStatic(String path) {
        return path != null && STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    static String policy(String identityProviderOrigin) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
                + "font-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'"
                + (identityProviderOrigin.isEmpty() ? "" : " " + identityProviderOrigin);
    }

    /** {@code https://sso.example.com} of {@code https://sso.example.com/realms/kpi}; empty when it has none. */
    static String origin(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}

package com.kpipulse.web.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * When Keycloak is down, a person without a session who opens a page would be sent to a login page that cannot
 * open (the browser's "connection refused", on Keycloak's address). Instead the app answers itself, before the
 * login starts: {@link SignInUnavailableResource}'s page (503), in the reader's language, at the address they asked
 * for, so reloading it later signs them in. People with a session, API clients with a bearer token and everything
 * public go on as before: their requests do not need Keycloak.
 */
@ApplicationScoped
public class SignInUnavailable {

    /** Below {@link PublicAddress} (a misdirected request is refused first), above the authentication handler. */
    static final int PRIORITY = 800;

    /** Paths that start no login: public, static, the API (bearer tokens), health and metrics. */
    private static final Set<String> NO_LOGIN_PREFIXES = Set.of("/api/", "/q/", "/css/", "/js/", "/img/", "/webjars/");
    private static final Set<String> NO_LOGIN_PATHS = Set.of("/favicon.ico", "/signed-out",
            SignInUnavailableResource.PATH, "/api");

    private final SignInProvider provider;

    public SignInUnavailable(SignInProvider provider) {
        this.provider = provider;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!startsASignIn(request.method(), context.normalizedPath(), request.getHeader("Authorization") != null,
                request.cookies().stream().map(Cookie::getName).collect(Collectors.toSet()))) {
            context.next();
            return;
        }
        Context here = Vertx.currentContext();
        provider.answers().whenComplete((answers, failure) -> here.runOnContext(ignored -> {
            if (Boolean.TRUE.equals(answers)) {
                context.next();
            } else {
                context.reroute(HttpMethod.GET, SignInUnavailableResource.PATH);
            }
        }));
    }

    /**
     * Whether the request would send its browser to the identity provider: a page opened (GET) without a session
     * cookie of the app, a bearer token, or the code the provider sends back after a login (that one must reach the
     * app whatever happens).
     */
    static boolean startsASignIn(HttpMethod method, String path, boolean bearer, Set<String> cookies) {
        if (!HttpMethod.GET.equals(method) || bearer || path == null || NO_LOGIN_PATHS.contains(path)
                || NO_LOGIN_PREFIXES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        return cookies.stream().noneMatch(name -> name.startsWith("q_session") || name.startsWith("q_auth"));
    }
}

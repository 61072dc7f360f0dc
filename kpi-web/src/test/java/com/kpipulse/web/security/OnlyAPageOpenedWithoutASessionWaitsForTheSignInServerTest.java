package com.kpipulse.web.security;

import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While Keycloak does not answer, only a request that would be sent to its login page gets the app's page saying
 * signing in is unavailable: a page opened without a session. A session, a bearer token, a login coming back with
 * its code, the API, health and static files never wait for Keycloak.
 */
class OnlyAPageOpenedWithoutASessionWaitsForTheSignInServerTest {

    private static final Set<String> NO_COOKIES = Set.of();

    @Test
    void aPageOpenedWithoutASessionWouldStartASignIn() {
        assertThat(SignInUnavailable.startsASignIn(HttpMethod.GET, "/scorecards/head", false, NO_COOKIES)).isTrue();
        assertThat(SignInUnavailable.startsASignIn(HttpMethod.GET, "/", false, Set.of("kpi_lang"))).isTrue();
    }

    @Test
    void aSessionOrALoginUnderWayOrABearerTokenStartsNone() {
        assertThat(SignInUnavailable.startsASignIn(HttpMethod.GET, "/scorecards/head", false, Set.of("q_session")))
                .isFalse();
        assertThat(SignInUnavailable.startsASignIn(HttpMethod.GET, "/scorecards/head", false,
                Set.of("q_session_at", "q_session_rt"))).isFalse();
        assertThat(SignInUnavailable.startsASignIn(HttpMethod.GET, "/scorecards/head", false,
                Set.of("q_auth_1f2e3d"))).as("back from the login with its code").isFalse();
        assertThat(SignInUnavailable.startsASignIn(HttpMethod.GET, "/scorecards/head", true, NO_COOKIES)).isFalse();
    }

    @Test
    void publicPathsTheApiAndOtherMethodsStartNone() {
        for (String path : new String[] {"/api/v1/kpis", "/api", "/q/health/ready", "/css/app.css", "/js/app.js",
                "/img/logo.svg", "/webjars/htmx.min.js", "/favicon.ico", "/signed-out", "/sign-in-unavailable"}) {
            assertThat(SignInUnavailable.startsASignIn(HttpMethod.GET, path, false, NO_COOKIES)).as(path).isFalse();
        }
        assertThat(SignInUnavailable.startsASignIn(HttpMethod.POST, "/admin/values", false, NO_COOKIES)).isFalse();
    }
}

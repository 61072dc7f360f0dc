package com.kpipulse.web.security;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.localstack.TestStack;
import com.kpipulse.web.support.BrowserSession;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logging out is a POST with the session's CSRF token; it ends the session in Keycloak and for every replica, so
 * cookies copied before the logout open nothing afterwards. A GET of {@code /logout} (a link, an image, a prefetch)
 * logs nobody out.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class LoggingOutEndsTheSessionEverywhereTest {

    private static final String PAGE = "/scorecards/viewer";

    @TestHTTPResource("/")
    URL app;

    @Test
    void afterTheLogoutCopiedCookiesAreSentToTheLoginPage() throws Exception {
        BrowserSession vic = BrowserSession.logIn(app, "vic", PAGE);
        String copied = vic.cookieHeader();
        assertThat(copied).contains("q_session");
        assertThat(withCookies(copied, PAGE).statusCode()).as("the copy works before the logout").isEqualTo(200);

        HttpResponse<String> signedOut = vic.postForm("/logout", Map.of("_csrf", vic.token()));
        assertThat(signedOut.statusCode()).isEqualTo(200);
        assertThat(signedOut.uri().getPath()).isEqualTo("/signed-out");
        assertThat(signedOut.body()).contains("id=\"signed-out\"");
        assertThat(redirectsOf(signedOut)).anySatisfy(uri ->
                assertThat(uri.toString()).startsWith(TestStack.get().realmUrl() + "/protocol/openid-connect/logout"));

        HttpResponse<String> replayed = withCookies(copied, PAGE);
        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(replayed.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).startsWith(TestStack.get().realmUrl() + "/protocol/openid-connect/auth"));
        assertThat(replayed.body()).doesNotContain("scorecard");

        HttpResponse<String> again = vic.get(PAGE);
        assertThat(again.uri().toString()).as("the browser itself must log in again")
                .startsWith(TestStack.get().realmUrl());
        assertThat(again.body()).contains("kc-form-login");
    }

    @Test
    void aGetOfTheLogoutAddressOnlyOffersTheButton() throws Exception {
        BrowserSession vic = BrowserSession.logIn(app, "vic", PAGE);
        HttpResponse<String> offer = vic.get("/logout");
        assertThat(offer.statusCode()).isEqualTo(200);
        assertThat(offer.body()).contains("id=\"logout-confirm\"", "method=\"post\"", "name=\"_csrf\"");

        HttpResponse<String> page = vic.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo(PAGE);
    }

    @Test
    void aLogoutWithoutTheCsrfTokenIsRefusedAndTheSessionGoesOn() throws Exception {
        BrowserSession vic = BrowserSession.logIn(app, "vic", PAGE);
        HttpResponse<String> refused = vic.postForm("/logout", Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        HttpResponse<String> forged = vic.postForm("/logout", Map.of("_csrf", "A".repeat(43)));
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> page = vic.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo(PAGE);
    }

    @Test
    void oneSessionsLogoutLeavesTheSameUsersOtherSessionAlone() throws Exception {
        BrowserSession laptop = BrowserSession.logIn(app, "vic", PAGE);
        BrowserSession phone = BrowserSession.logIn(app, "vic", PAGE);
        laptop.postForm("/logout", Map.of("_csrf", laptop.token()));

        HttpResponse<String> page = phone.get(PAGE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.uri().getPath()).isEqualTo(PAGE);
    }

    /** A request with copied cookies only, as from another machine: nothing else, redirects not followed. */
    private HttpResponse<String> withCookies(String cookies, String path) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build()) {
            return client.send(HttpRequest.newBuilder(URI.create(app + path.substring(1))).header("Cookie", cookies)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    private static java.util.List<URI> redirectsOf(HttpResponse<String> response) {
        java.util.List<URI> uris = new java.util.ArrayList<>();
        for (HttpResponse<String> r = response; r != null; r = r.previousResponse().orElse(null)) {
            uris.add(r.request().uri());
        }
        return uris;
    }
}

package com.kpipulse.web.security;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.localstack.TestStack;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages, fragments, API answers, refusals, redirects and static files all carry the Content-Security-Policy and the
 * other security headers; only static files may be kept by a cache.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class EveryAnswerCarriesTheSecurityHeadersTest {

    @Test
    void aPage() {
        Response page = given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/scorecards/viewer");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().asString()).contains("<html");
        assertSecurityHeaders(page);
        assertNotStored(page);
    }

    @Test
    void anHtmxFragment() {
        Response fragment = given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).header("HX-Request", "true")
                .when().get("/scorecards/viewer");
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body().asString()).contains("id=\"scorecard-table\"").doesNotContain("<html");
        assertSecurityHeaders(fragment);
        assertNotStored(fragment);
    }

    @Test
    void anApiAnswer() {
        Response api = given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).when().get("/api/v1/kpis");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.contentType()).startsWith("application/json");
        assertSecurityHeaders(api);
        assertNotStored(api);
    }

    @Test
    void aPageThatDoesNotExist() {
        Response missing = given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).when().get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertSecurityHeaders(missing);
        assertNotStored(missing);
    }

    @Test
    void aRefusalForTheWrongRole() {
        Response refused = given().auth().oauth2(KeycloakTokens.accessTokenOf("sofia")).when().get("/admin");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertSecurityHeaders(refused);
        assertNotStored(refused);
    }

    @Test
    void theRedirectToTheLoginPage() {
        Response login = given().redirects().follow(false).when().get("/admin");
        assertThat(login.statusCode()).isEqualTo(302);
        assertSecurityHeaders(login);
        assertNotStored(login);
    }

    @Test
    void aRefusedForgedToken() {
        Response refused = given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl")
                .redirects().follow(false).when().get("/admin");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertSecurityHeaders(refused);
        assertNotStored(refused);
    }

    @Test
    void anAnonymousApiCall() {
        Response refused = given().redirects().follow(false).when().get("/api/v1/kpis");
        assertThat(refused.statusCode()).isEqualTo(401);
        assertSecurityHeaders(refused);
        assertNotStored(refused);
    }

    @Test
    void aStaticFileMayBeCachedButCarriesThePolicyToo() {
        Response css = given().when().get("/css/app.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertSecurityHeaders(css);
        assertThat(css.header("Cache-Control")).doesNotContain("no-store");
        Response htmx = given().when().get("/webjars/htmx.org/2.0.7/dist/htmx.min.js");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertSecurityHeaders(htmx);
    }

    @Test
    void thePolicyAdmitsNoInlineScriptOrStyleAndLetsFormsGoOnlyHereAndToTheIdentityProvider() {
        String policy = given().when().get("/css/app.css").header("Content-Security-Policy");
        URI realm = URI.create(TestStack.get().realmUrl());
        assertThat(policy).contains("default-src 'self'", "script-src 'self';", "style-src 'self';",
                "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'",
                "form-action 'self' " + realm.getScheme() + "://" + realm.getHost() + ":" + realm.getPort());
        assertThat(policy).doesNotContain("unsafe-inline", "unsafe-eval", "*");
    }

    private static void assertSecurityHeaders(Response response) {
        assertThat(response.header("Content-Security-Policy")).as("Content-Security-Policy")
                .startsWith("default-src 'self'; script-src 'self'; style-src 'self';");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    private static void assertNotStored(Response response) {
        assertThat(response.header("Cache-Control")).as("Cache-Control").isEqualTo("no-store");
    }
}

package com.kpipulse.web.security;

import com.kpipulse.localstack.LocalPostgres;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak as the app sees it when it is down: its discovery document does not answer (the profile points the app's
 * look at a closed port; the tokens still come from the test realm). A person without a session gets the app's own
 * page, 503, in their language, at the address they asked for, never a redirect to a login page that cannot open;
 * a bearer token still opens pages and the API, and an anonymous API call is still a JSON 401.
 * ({@code ./kpi drill keycloak-down} stops the real Keycloak.)
 */
@QuarkusTest
@TestProfile(WhileKeycloakDoesNotAnswerAPersonWithoutASessionIsToldSigningInIsUnavailableTest.KeycloakAway.class)
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class WhileKeycloakDoesNotAnswerAPersonWithoutASessionIsToldSigningInIsUnavailableTest {

    public static class KeycloakAway implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a profile is built anew, and the build must already know the test server's version (fixed at build time)
            return Map.of("kpi.sign-in.probe-url", "http://localhost:1/realms/kpi/.well-known/openid-configuration",
                    "quarkus.datasource.db-version", LocalPostgres.MAJOR_VERSION);
        }
    }

    @Test
    void aPageOpenedWithoutASessionSaysSigningInIsUnavailableInRussian() {
        Response page = given().redirects().follow(false).when().get("/scorecards/head");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.header("Location")).isNull();
        assertThat(page.header("Retry-After")).isEqualTo("30");
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body().asString()).contains("<h1 id=\"sign-in-unavailable\">Вход временно недоступен</h1>")
                .contains("Кто уже вошёл, продолжает работать.")
                .doesNotContain("Exception").doesNotContain("localhost:1");
        assertThat(page.header("Content-Security-Policy")).startsWith("default-src 'self'");
    }

    @Test
    void theSamePageIsInEnglishForAnEnglishReader() {
        given().cookie("kpi_lang", "en").redirects().follow(false).when().get("/goals")
                .then().statusCode(503)
                .body(org.hamcrest.Matchers.containsString("Signing in is unavailable for now"))
                .body(org.hamcrest.Matchers.containsString("Whoever is signed in goes on working."));
    }

    @Test
    void aBearerTokenStillOpensPagesAndTheApiAndAnAnonymousApiCallIsStillJson() {
        String token = KeycloakTokens.accessTokenOf("hanna");
        given().auth().oauth2(token).redirects().follow(false).when().get("/scorecards/head").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/kpis/romi").then().statusCode(200);
        given().when().get("/api/v1/kpis").then().statusCode(401)
                .contentType(org.hamcrest.Matchers.startsWith("application/json"));
        given().when().get("/q/health/live").then().statusCode(200);
    }
}

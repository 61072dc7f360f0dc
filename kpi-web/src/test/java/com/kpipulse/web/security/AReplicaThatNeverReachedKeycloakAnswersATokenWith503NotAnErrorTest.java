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
 * A replica that started while Keycloak was down and has not reached it since (the profile points both tenants at a
 * closed port) has no keys to check a bearer token with. The token's call is answered 503 with {@code Retry-After}:
 * JSON {@code sign_in_unavailable} under {@code /api/}, the «Вход временно недоступен» page elsewhere; never a 500
 * with an error id for something that is only to be waited for.
 */
@QuarkusTest
@TestProfile(AReplicaThatNeverReachedKeycloakAnswersATokenWith503NotAnErrorTest.KeycloakNeverReached.class)
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AReplicaThatNeverReachedKeycloakAnswersATokenWith503NotAnErrorTest {

    private static final String DEAD_REALM = "http://localhost:1/realms/kpi";

    public static class KeycloakNeverReached implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.auth-server-url", DEAD_REALM,
                    "quarkus.oidc.api.auth-server-url", DEAD_REALM,
                    "quarkus.oidc.connection-delay", "0S",
                    "quarkus.oidc.api.connection-delay", "0S",
                    "kpi.sign-in.probe-url", DEAD_REALM + "/.well-known/openid-configuration",
                    // a profile is built anew, and the build must already know the test server's version
                    "quarkus.datasource.db-version", LocalPostgres.MAJOR_VERSION);
        }
    }

    @Test
    void anApiCallWithATokenIsToldTheSignInServerDoesNotAnswerInJson() {
        Response answer = given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).when().get("/api/v1/kpis/romi");

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("30");
        assertThat(answer.contentType()).startsWith("application/json");
        assertThat(answer.jsonPath().getString("error")).isEqualTo("sign_in_unavailable");
        assertThat(answer.body().asString()).doesNotContain("Exception").doesNotContain("localhost:1");
    }

    @Test
    void aPageOpenedWithATokenSaysSigningInIsUnavailableInTheReadersLanguage() {
        String token = KeycloakTokens.accessTokenOf("hanna");
        Response page = given().auth().oauth2(token).redirects().follow(false).when().get("/scorecards/head");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.header("Retry-After")).isEqualTo("30");
        assertThat(page.body().asString()).contains("<h1 id=\"sign-in-unavailable\">Вход временно недоступен</h1>")
                .doesNotContain("Exception").doesNotContain("id=\"error\"");
        given().auth().oauth2(token).cookie("kpi_lang", "en").redirects().follow(false).when().get("/goals")
                .then().statusCode(503)
                .body(org.hamcrest.Matchers.containsString("Signing in is unavailable for now"));
    }
}

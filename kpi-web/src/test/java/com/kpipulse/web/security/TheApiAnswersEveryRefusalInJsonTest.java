package com.kpipulse.web.security;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.localstack.TestStack;
import com.kpipulse.web.support.BrowserSession;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API is for API clients: without a bearer token it answers 401 with {@code WWW-Authenticate: Bearer} instead of
 * sending anybody to the login page, and every refusal or error under {@code /api/} is JSON
 * {@code {"error": …, "message": …}}. Pages keep sending browsers to the login page.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheApiAnswersEveryRefusalInJsonTest {

    @TestHTTPResource("/")
    URL app;

    @Test
    void anAnonymousCallGets401WithTheBearerChallengeNotTheLoginPage() {
        Response anonymous = given().redirects().follow(false).when().get("/api/v1/kpis");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.header("Location")).isNull();
        assertJsonError(anonymous, "unauthorized");
    }

    @Test
    void anAnonymousWriteGets401InJsonToo() {
        Response anonymous = given().redirects().follow(false).contentType("application/json")
                .body("{\"observations\":[]}").when().post("/api/v1/observations");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
        assertJsonError(anonymous, "unauthorized");
    }

    @Test
    void aForgedTokenGets401SayingTheTokenIsInvalid() {
        Response forged = given().auth().oauth2("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtYWxsb3J5In0.c2lnbmF0dXJl")
                .redirects().follow(false).when().get("/api/v1/kpis");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).startsWith("Bearer").contains("error=\"invalid_token\"");
        assertJsonError(forged, "invalid_token");
    }

    @Test
    void aBearerTokenStillOpensTheApi() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/kpis")
                .then().statusCode(200).contentType("application/json");
    }

    @Test
    void theWrongRoleGets403InJson() {
        Response refused = given().auth().oauth2(KeycloakTokens.accessTokenOf("sofia")).contentType("application/json")
                .body("[]").when().put("/api/v1/channel-rules");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertJsonError(refused, "forbidden");
    }

    @Test
    void anUnknownAddressAndAnUnknownMethodGetJson() {
        String token = KeycloakTokens.accessTokenOf("mark");
        Response missing = given().auth().oauth2(token).when().get("/api/v1/no-such-thing");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertJsonError(missing, "not_found");

        Response method = given().auth().oauth2(token).when().patch("/api/v1/kpis");
        assertThat(method.statusCode()).isEqualTo(405);
        assertJsonError(method, "method_not_allowed");
    }

    @Test
    void aBodyThatIsNotTheExpectedJsonGetsJson() {
        Response broken = given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).contentType("application/json")
                .body("{\"observations\": [").when().post("/api/v1/observations");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertJsonError(broken, "bad_request");

        Response mismatched = given().auth().oauth2(KeycloakTokens.accessTokenOf("mark")).contentType("application/json")
                .body("{\"observations\": 5}").when().post("/api/v1/observations");
        assertThat(mismatched.statusCode()).isEqualTo(400);
        assertJsonError(mismatched, "bad_request");
        assertThat(mismatched.jsonPath().getString("message")).contains("observations").doesNotContain("com.kpipulse");
    }

    @Test
    void aBrowserSessionIsNoApiCredential() throws Exception {
        BrowserSession mark = BrowserSession.logIn(app, "mark");
        HttpResponse<String> api = mark.get("/api/v1/kpis");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(api.body()).contains("\"error\":\"unauthorized\"");
        // the same session still opens pages and their htmx fragments
        assertThat(mark.get("/scorecards/viewer").statusCode()).isEqualTo(200);
        HttpResponse<String> fragment = mark.get("/scorecards/viewer", Map.of("HX-Request", "true"));
        assertThat(fragment.statusCode()).isEqualTo(200);
        assertThat(fragment.body()).contains("id=\"scorecard-table\"").doesNotContain("<html");
    }

    @Test
    void pagesStillSendABrowserToTheLoginPage() {
        given().redirects().follow(false).when().get("/scorecards/viewer")
                .then().statusCode(302)
                .header("Location", org.hamcrest.Matchers.startsWith(TestStack.get().realmUrl() + "/protocol/openid-connect/auth"));
    }

    private static void assertJsonError(Response response, String code) {
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.jsonPath().getString("error")).isEqualTo(code);
        assertThat(response.jsonPath().getString("message")).isNotBlank().doesNotContain("Exception");
    }
}

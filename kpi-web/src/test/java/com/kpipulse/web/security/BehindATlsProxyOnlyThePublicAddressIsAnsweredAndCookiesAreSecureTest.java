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

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as deployed behind a TLS proxy ({@code KPI_PUBLIC_URL=https://kpi.example.com},
 * {@code KPI_SECURE_COOKIES=true}): a request for another host is refused before it can shape an address, the login's
 * redirect URI names the public address, and every cookie the app sets is Secure.
 */
@QuarkusTest
@TestProfile(BehindATlsProxyOnlyThePublicAddressIsAnsweredAndCookiesAreSecureTest.BehindATlsProxy.class)
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class BehindATlsProxyOnlyThePublicAddressIsAnsweredAndCookiesAreSecureTest {

    public static class BehindATlsProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // a profile is built anew, and the build must already know the test server's version (fixed at build time)
            return Map.of("kpi.public-url", "https://kpi.example.com", "kpi.cookies.secure", "true",
                    "quarkus.datasource.db-version", LocalPostgres.MAJOR_VERSION);
        }
    }

    private static final String PUBLIC_HOST = "kpi.example.com";

    @Test
    void aRequestForAnotherHostIsMisdirected() {
        Response misdirected = given().header("Host", "evil.example").redirects().follow(false).when().get("/admin");
        assertThat(misdirected.statusCode()).isEqualTo(421);
        assertThat(misdirected.header("Location")).isNull();
        assertThat(misdirected.body().asString()).contains("https://kpi.example.com").doesNotContain("evil.example");
        assertThat(misdirected.header("Content-Security-Policy")).startsWith("default-src 'self'");

        Response localhost = given().redirects().follow(false).when().get("/api/v1/kpis");
        assertThat(localhost.statusCode()).isEqualTo(421);
    }

    @Test
    void healthProbesMayUseAnyAddress() {
        given().header("Host", "10.0.0.7:8080").when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void theLoginGoesBackToThePublicAddressOverHttpsAndItsStateCookieIsSecure() {
        Response login = given().header("Host", PUBLIC_HOST).redirects().follow(false).when().get("/admin");
        assertThat(login.statusCode()).isEqualTo(302);
        String location = URLDecoder.decode(login.header("Location"), StandardCharsets.UTF_8);
        assertThat(location).contains("redirect_uri=https://kpi.example.com/admin");
        assertThat(login.headers().getValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsPattern("(?i);\\s*Secure(;|$)"));
    }

    @Test
    void theLanguageCookieIsSecure() {
        Response answer = given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).header("Host", PUBLIC_HOST)
                .redirects().follow(false).when().get("/lang?to=en&back=/scorecards/viewer");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/scorecards/viewer");
        assertThat(answer.header("Set-Cookie")).startsWith("kpi_lang=en").containsPattern("(?i);\\s*Secure(;|$)");
    }

    @Test
    void theApiAnswersAtThePublicAddress() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).header("Host", PUBLIC_HOST)
                .when().get("/api/v1/kpis").then().statusCode(200);
    }
}

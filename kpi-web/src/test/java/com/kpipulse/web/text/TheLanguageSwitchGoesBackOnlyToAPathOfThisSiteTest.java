package com.kpipulse.web.text;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /lang} answers with a path only: a {@code back} that is no plain path of this site (another host, a scheme,
 * control characters that would split the header or that browsers drop) goes to {@code /}, and the request's
 * {@code Host} header never shows up in the {@code Location}.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheLanguageSwitchGoesBackOnlyToAPathOfThisSiteTest {

    private static final String FORGED_HOST = "evil.example";

    private String token;

    @BeforeEach
    void logIn() {
        token = KeycloakTokens.accessTokenOf("vic");
    }

    @ParameterizedTest
    @ValueSource(strings = {"%0d%0aX", "%0d%0aSet-Cookie:%20x=y", "%09/x", "/%09/evil.example", "//evil.example",
            "/%5Cevil.example", "https://evil.example", "http:/evil.example", "javascript:alert(1)", "%00/x", "evil",
            "/x%0aLocation:%20https://evil.example", "%20/x"})
    void aBackThatIsNoPlainPathOfThisSiteGoesHome(String back) {
        Response answer = switchTo("en", back);
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/");
    }

    @Test
    void aPathOfThisSiteIsWhereItGoesBackToAsAPathOnly() {
        Response answer = switchTo("en", "%2Fkpis%2Fromi%3Fgrain%3DWEEK%26day%3D2026-11-02");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/kpis/romi?grain=WEEK&day=2026-11-02");
        assertThat(answer.header("Location")).doesNotContain(FORGED_HOST, "localhost", "http");
        assertThat(answer.header("Set-Cookie")).startsWith("kpi_lang=en").containsIgnoringCase("HttpOnly")
                .doesNotContainIgnoringCase("Secure");
    }

    @Test
    void noBackGoesHome() {
        Response answer = given().auth().oauth2(token).header("Host", FORGED_HOST).redirects().follow(false)
                .when().get("/lang?to=ru");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/");
    }

    @Test
    void theCheckKeepsPathsAndQueriesAndRefusesTheRest() {
        assertThat(LanguageResource.localPath("/scorecards/head?grain=MONTH&channel=seo")).isEqualTo("/scorecards/head?grain=MONTH&channel=seo");
        assertThat(LanguageResource.localPath("/kpis/%D1%80%D0%BE%D0%BC%D0%B8")).isEqualTo("/kpis/%D1%80%D0%BE%D0%BC%D0%B8");
        assertThat(LanguageResource.localPath("/kpis/роми")).isEqualTo("/kpis/%D1%80%D0%BE%D0%BC%D0%B8");
        assertThat(LanguageResource.localPath(null)).isEqualTo("/");
        assertThat(LanguageResource.localPath("")).isEqualTo("/");
        assertThat(LanguageResource.localPath("/a\r\nb")).isEqualTo("/");
        assertThat(LanguageResource.localPath("/a\tb")).isEqualTo("/");
        assertThat(LanguageResource.localPath("/a b")).isEqualTo("/");
        assertThat(LanguageResource.localPath("/a\u2028b")).isEqualTo("/");
        assertThat(LanguageResource.localPath("/" + "a".repeat(2500))).isEqualTo("/");
        assertThat(LanguageResource.localPath("/a{b}")).isEqualTo("/");
    }

    private Response switchTo(String language, String encodedBack) {
        return given().auth().oauth2(token).header("Host", FORGED_HOST).urlEncodingEnabled(false)
                .redirects().follow(false).when().get("/lang?to=" + language + "&back=" + encodedBack);
    }
}

package com.kpipulse.web.importing;

import com.kpipulse.web.security.CsrfToken;
import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.BrowserSession;
import com.kpipulse.web.support.KeycloakTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser session (the Keycloak code flow, cookies and all, driven by an HTTP client) posting the upload form
 * with its own CSRF token, none, another session's or a made-up one; and an API client with a bearer token, which
 * needs none.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CsrfTokenGuardsEveryBrowserFormTest {

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    @AfterEach
    void cleanUp() throws SQLException {
        WebImportFiles.cleanUp(dataSource);
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedWithAReadablePage() throws Exception {
        BrowserSession mark = BrowserSession.logIn(app, "mark");
        HttpResponse<String> refused = preview(mark, Map.of("preset", "generic", "currency", "RUB"), Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"csrf-refused\"").doesNotContain("ad_spend", "Exception");
    }

    @Test
    void aFormPostWithAnotherTokenIsRefused() throws Exception {
        BrowserSession mark = BrowserSession.logIn(app, "mark");
        String forged = mark.token().substring(1) + (mark.token().charAt(0) == 'A' ? 'B' : 'A');
        HttpResponse<String> refused = preview(mark,
                Map.of("preset", "generic", "currency", "RUB", "_csrf", forged), Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void theTokenOfAnotherUsersSessionIsRefusedInTheFieldAndInTheHtmxHeader() throws Exception {
        BrowserSession ada = BrowserSession.logIn(app, "ada");
        BrowserSession mark = BrowserSession.logIn(app, "mark");
        assertThat(ada.token()).isNotEqualTo(mark.token());

        HttpResponse<String> field = preview(ada,
                Map.of("preset", "generic", "currency", "RUB", "_csrf", mark.token()), Map.of());
        assertThat(field.statusCode()).isEqualTo(403);
        HttpResponse<String> header = preview(ada, Map.of("preset", "generic", "currency", "RUB"),
                Map.of("HX-Request", "true", CsrfToken.HEADER, mark.token()));
        assertThat(header.statusCode()).isEqualTo(403);
        assertThat(WebImportFiles.storedValues(dataSource)).isZero();
    }

    @Test
    void theTokenOfTheSameUsersOtherSessionIsRefused() throws Exception {
        BrowserSession here = BrowserSession.logIn(app, "mark");
        BrowserSession elsewhere = BrowserSession.logIn(app, "mark");
        assertThat(here.token()).isNotEqualTo(elsewhere.token());

        HttpResponse<String> refused = preview(here, Map.of("preset", "generic", "currency", "RUB"),
                Map.of("HX-Request", "true", CsrfToken.HEADER, elsewhere.token()));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void aMadeUpTokenIsRefusedAlsoWhenTheOldCsrfCookieSaysTheSame() throws Exception {
        BrowserSession ada = BrowserSession.logIn(app, "ada");
        String madeUp = "A".repeat(43);
        ada.setCookie("kpi_csrf", madeUp);

        HttpResponse<String> field = preview(ada,
                Map.of("preset", "generic", "currency", "RUB", "_csrf", madeUp), Map.of());
        assertThat(field.statusCode()).isEqualTo(403);
        HttpResponse<String> header = preview(ada, Map.of("preset", "generic", "currency", "RUB"),
                Map.of("HX-Request", "true", CsrfToken.HEADER, madeUp));
        assertThat(header.statusCode()).isEqualTo(403);
    }

    @Test
    void aFormPostWithTheTokenInItsFieldIsAccepted() throws Exception {
        BrowserSession mark = BrowserSession.logIn(app, "mark");
        HttpResponse<String> accepted = preview(mark,
                Map.of("preset", "generic", "currency", "RUB", "_csrf", mark.token()), Map.of());
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("id=\"import-preview\"", "<html");
        assertThat(WebImportFiles.storedValues(dataSource)).isZero();
    }

    @Test
    void anHtmxPostCarriesTheTokenInItsHeaderAndGetsAFragment() throws Exception {
        BrowserSession mark = BrowserSession.logIn(app, "mark");
        HttpResponse<String> accepted = preview(mark, Map.of("preset", "generic", "currency", "RUB"),
                Map.of("HX-Request", "true", CsrfToken.HEADER, mark.token()));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("id=\"import-preview\"").doesNotContain("<html");
    }

    @Test
    void anHtmxPostWithoutTheTokenGetsAShortTextForTheMessageArea() throws Exception {
        BrowserSession mark = BrowserSession.logIn(app, "mark");
        HttpResponse<String> refused = preview(mark, Map.of("preset", "generic", "currency", "RUB"),
                Map.of("HX-Request", "true"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(refused.body()).contains("Обновите страницу");
    }

    @Test
    void theTokenStaysTheSameAcrossPagesOfASessionAndNoCookieCarriesIt() throws Exception {
        BrowserSession mark = BrowserSession.logIn(app, "mark");
        assertThat(mark.tokenOn("/imports/new")).isEqualTo(mark.token());
        assertThat(mark.tokenOn("/kpis/romi")).isEqualTo(mark.token());
        assertThat(mark.setCookieHeaders()).noneSatisfy(header -> assertThat(header).startsWith("kpi_csrf="))
                .noneSatisfy(header -> assertThat(header).contains(mark.token()));
    }

    @Test
    void anApiClientWithABearerTokenNeedsNoCsrfToken() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("mark"))
                .multiPart("file", WebImportFiles.FILE_PREFIX + "api.csv",
                        WebImportFiles.GOOD_CSV.getBytes(StandardCharsets.UTF_8), "text/csv")
                .multiPart("preset", "generic").multiPart("dryRun", "true")
                .multiPart("options", "{\"currency\":\"RUB\"}")
                .when().post("/api/v1/imports")
                .then().statusCode(200);
    }

    @Test
    void theDecisionNeedsThisSessionsTokenOnlyForStateChangingBrowserRequests() {
        String token = "A".repeat(43);
        assertThat(CsrfToken.permits("GET", null, "", null)).isTrue();
        assertThat(CsrfToken.permits("POST", "Bearer abc", "", null)).isTrue();
        assertThat(CsrfToken.permits("POST", null, token, token)).isTrue();
        assertThat(CsrfToken.permits("POST", null, token, null)).isFalse();
        assertThat(CsrfToken.permits("DELETE", null, token, "B".repeat(43))).isFalse();
        assertThat(CsrfToken.permits("PUT", null, "", "")).isFalse();
        assertThat(CsrfToken.permits("PUT", null, null, null)).isFalse();
        assertThat(CsrfToken.permits("PATCH", "Basic abc", "", "")).isFalse();
    }

    /** The upload form's preview, posted with a small good CSV. */
    private static HttpResponse<String> preview(BrowserSession session, Map<String, String> fields, Map<String, String> headers)
            throws IOException, InterruptedException {
        return session.postMultipart("/imports/preview", fields, headers, WebImportFiles.FILE_PREFIX + "csrf.csv",
                WebImportFiles.GOOD_CSV);
    }
}

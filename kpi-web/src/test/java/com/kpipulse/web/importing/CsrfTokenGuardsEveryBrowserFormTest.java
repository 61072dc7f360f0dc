package com.kpipulse.web.importing;

import com.kpipulse.web.layout.CsrfToken;
import com.kpipulse.web.localstack.RealStackResource;
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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real browser session (the Keycloak code flow, cookies and all, driven by an HTTP client) posting the upload form
 * with and without the CSRF token; and an API client with a bearer token, which needs none.
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
        Session mark = Session.logIn(app, "mark");
        HttpResponse<String> refused = mark.postForm("/imports/preview", Map.of("preset", "generic", "currency", "RUB"), Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("id=\"csrf-refused\"").doesNotContain("ad_spend", "Exception");
    }

    @Test
    void aFormPostWithAnotherTokenIsRefused() throws Exception {
        Session mark = Session.logIn(app, "mark");
        String forged = mark.token.substring(1) + (mark.token.charAt(0) == 'A' ? 'B' : 'A');
        HttpResponse<String> refused = mark.postForm("/imports/preview",
                Map.of("preset", "generic", "currency", "RUB", "_csrf", forged), Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void theTokenOfAnotherUsersSessionIsRefusedInTheFieldAndInTheHtmxHeader() throws Exception {
        Session ada = Session.logIn(app, "ada");
        Session mark = Session.logIn(app, "mark");
        assertThat(ada.token).isNotEqualTo(mark.token);

        HttpResponse<String> field = ada.postForm("/imports/preview",
                Map.of("preset", "generic", "currency", "RUB", "_csrf", mark.token), Map.of());
        assertThat(field.statusCode()).isEqualTo(403);
        HttpResponse<String> header = ada.postForm("/imports/preview", Map.of("preset", "generic", "currency", "RUB"),
                Map.of("HX-Request", "true", CsrfToken.HEADER, mark.token));
        assertThat(header.statusCode()).isEqualTo(403);
        assertThat(WebImportFiles.storedValues(dataSource)).isZero();
    }

    @Test
    void theTokenOfTheSameUsersOtherSessionIsRefused() throws Exception {
        Session here = Session.logIn(app, "mark");
        Session elsewhere = Session.logIn(app, "mark");
        assertThat(here.token).isNotEqualTo(elsewhere.token);

        HttpResponse<String> refused = here.postForm("/imports/preview", Map.of("preset", "generic", "currency", "RUB"),
                Map.of("HX-Request", "true", CsrfToken.HEADER, elsewhere.token));
        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void aMadeUpTokenIsRefusedAlsoWhenTheOldCsrfCookieSaysTheSame() throws Exception {
        Session ada = Session.logIn(app, "ada");
        String madeUp = "A".repeat(43);
        ada.setCookie("kpi_csrf", madeUp);

        HttpResponse<String> field = ada.postForm("/imports/preview",
                Map.of("preset", "generic", "currency", "RUB", "_csrf", madeUp), Map.of());
        assertThat(field.statusCode()).isEqualTo(403);
        HttpResponse<String> header = ada.postForm("/imports/preview", Map.of("preset", "generic", "currency", "RUB"),
                Map.of("HX-Request", "true", CsrfToken.HEADER, madeUp));
        assertThat(header.statusCode()).isEqualTo(403);
    }

    @Test
    void aFormPostWithTheTokenInItsFieldIsAccepted() throws Exception {
        Session mark = Session.logIn(app, "mark");
        HttpResponse<String> accepted = mark.postForm("/imports/preview",
                Map.of("preset", "generic", "currency", "RUB", "_csrf", mark.token), Map.of());
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("id=\"import-preview\"", "<html");
        assertThat(WebImportFiles.storedValues(dataSource)).isZero();
    }

    @Test
    void anHtmxPostCarriesTheTokenInItsHeaderAndGetsAFragment() throws Exception {
        Session mark = Session.logIn(app, "mark");
        HttpResponse<String> accepted = mark.postForm("/imports/preview", Map.of("preset", "generic", "currency", "RUB"),
                Map.of("HX-Request", "true", CsrfToken.HEADER, mark.token));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.body()).contains("id=\"import-preview\"").doesNotContain("<html");
    }

    @Test
    void anHtmxPostWithoutTheTokenGetsAShortTextForTheMessageArea() throws Exception {
        Session mark = Session.logIn(app, "mark");
        HttpResponse<String> refused = mark.postForm("/imports/preview", Map.of("preset", "generic", "currency", "RUB"),
                Map.of("HX-Request", "true"));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(refused.body()).contains("Обновите страницу");
    }

    @Test
    void theTokenStaysTheSameAcrossPagesOfASessionAndNoCookieCarriesIt() throws Exception {
        Session mark = Session.logIn(app, "mark");
        assertThat(mark.tokenOn("/imports/new")).isEqualTo(mark.token);
        assertThat(mark.tokenOn("/kpis/romi")).isEqualTo(mark.token);
        assertThat(mark.setCookieHeaders).noneSatisfy(header -> assertThat(header).startsWith("kpi_csrf="))
                .noneSatisfy(header -> assertThat(header).contains(mark.token));
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

    /** A logged-in browser session: its cookies, and the CSRF token its pages carry. */
    private static final class Session {

        private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
        private static final Pattern TOKEN_FIELD = Pattern.compile("name=\"_csrf\" value=\"([A-Za-z0-9_-]+)\"");

        final HttpClient client;
        final CookieManager cookies;
        final URL app;
        final String token;
        final java.util.List<String> setCookieHeaders = new java.util.ArrayList<>();

        private Session(HttpClient client, CookieManager cookies, URL app, String firstPage, java.util.List<String> setCookies) {
            this.client = client;
            this.cookies = cookies;
            this.app = app;
            this.setCookieHeaders.addAll(setCookies);
            this.token = tokenIn(firstPage);
        }

        static Session logIn(URL app, String user) throws IOException, InterruptedException {
            CookieManager cookies = new PlainHttpCookies();
            HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                    .followRedirects(HttpClient.Redirect.ALWAYS).build();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(app + "imports/new")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher action = FORM_ACTION.matcher(login.body());
            assertThat(action.find()).as("the Keycloak login form").isTrue();
            String form = "username=" + user + "&password=" + user + "&credentialId=";
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            java.util.List<String> setCookies = new java.util.ArrayList<>();
            for (HttpResponse<String> r = page; r != null; r = r.previousResponse().orElse(null)) {
                setCookies.addAll(r.headers().allValues("Set-Cookie"));
            }
            return new Session(client, cookies, app, page.body(), setCookies);
        }

        /** Puts a cookie into this browser's jar, as a page of a sibling domain could. */
        void setCookie(String name, String value) {
            java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(URI.create(app.toString()), cookie);
        }

        String tokenOn(String path) throws IOException, InterruptedException {
            return tokenIn(client.send(HttpRequest.newBuilder(URI.create(app + path.substring(1))).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        }

        HttpResponse<String> postForm(String path, Map<String, String> fields, Map<String, String> headers)
                throws IOException, InterruptedException {
            String boundary = "----kpi" + UUID.randomUUID().toString().replace("-", "");
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            Map<String, String> all = new LinkedHashMap<>(fields);
            for (Map.Entry<String, String> field : all.entrySet()) {
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + WebImportFiles.FILE_PREFIX + "csrf.csv\"\r\nContent-Type: text/csv\r\n\r\n"
                    + WebImportFiles.GOOD_CSV + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app + path.substring(1)))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            headers.forEach(request::header);
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        /**
         * Keycloak marks its session cookies Secure; a browser keeps them for http://localhost (a secure context),
         * Java's cookie manager does not, so the test drops the flag.
         */
        private static final class PlainHttpCookies extends CookieManager {
            @Override
            public void put(URI uri, Map<String, java.util.List<String>> headers) throws IOException {
                Map<String, java.util.List<String>> plain = new LinkedHashMap<>();
                headers.forEach((name, values) -> plain.put(name, name == null ? values : values.stream()
                        .map(value -> value.replaceAll("(?i);\\s*Secure", "")).toList()));
                super.put(uri, plain);
            }
        }

        private static String tokenIn(String page) {
            Matcher matcher = TOKEN_FIELD.matcher(page);
            assertThat(matcher.find()).as("the page carries the CSRF token").isTrue();
            return matcher.group(1);
        }
    }
}

package com.kpipulse.web.browser;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin keeps the channel mapping in a real browser: adds a row (in place, by the page's script), types the source,
 * picks the channel by its name, moves the row up and saves; the mapping keeps the rules in that order, and the page
 * broke no rule of its Content-Security-Policy.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class AdminKeepsTheChannelRulesAsRowsInTheBrowserTest {

    private static final String PATTERN = "zen.yandex / browser";

    @TestHTTPResource("/")
    URL app;

    private List<Map<String, String>> rules;

    @BeforeEach
    void remember() {
        rules = given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).when().get("/api/v1/channel-rules")
                .then().statusCode(200).extract().path("$");
    }

    @AfterEach
    void restore() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType(ContentType.JSON).body(rules)
                .when().put("/api/v1/channel-rules").then().statusCode(200);
    }

    @Test
    void aRowIsAddedTypedMovedUpAndSaved() {
        try (Browser browser = Browser.open()) {
            browser.go(app + "admin/channels");
            browser.logInOnKeycloak("ada", "ada");
            browser.waitFor(By.id("channels-title"));

            browser.click(By.id("add-rule"));
            By last = By.cssSelector("#rule-rows tr:last-child");
            browser.type(By.cssSelector("#rule-rows tr:last-child input[name=sourcePattern]"), PATTERN);
            browser.select(By.cssSelector("#rule-rows tr:last-child select[name=channel]"), "seo");
            assertThat(browser.text(last)).as("the channel goes by its name").contains("SEO");
            assertThat(browser.url()).as("no request yet: the row was added in place").endsWith("/admin/channels");

            browser.click(By.cssSelector("#rule-rows tr:last-child button[data-row-action=up]"));
            assertThat(browser.waitFor(By.cssSelector("#rule-rows tr:nth-last-child(2) input[name=sourcePattern]"))
                    .getAttribute("value")).isEqualTo(PATTERN);
            browser.screenshot("channel-rules");

            browser.click(By.id("save-rules"));
            browser.waitFor(By.id("rules-saved"));
            assertThat(browser.securityPolicyViolations()).isEmpty();
        }
        List<String> patterns = given().auth().oauth2(KeycloakTokens.accessTokenOf("vic")).when().get("/api/v1/channel-rules")
                .then().statusCode(200).extract().path("sourcePattern");
        assertThat(patterns).hasSize(rules.size() + 1);
        assertThat(patterns.get(patterns.size() - 2)).isEqualTo(PATTERN);
        assertThat(patterns.getLast()).isEqualTo(rules.getLast().get("sourcePattern"));
    }
}

package com.kpipulse.web.browser;

import com.kpipulse.localstack.RealStackResource;
import com.kpipulse.web.support.KeycloakTokens;
import com.kpipulse.web.support.Sql;
import com.kpipulse.web.support.TestGoals;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import java.net.URL;
import java.sql.SQLException;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly review in a real browser: the head starts week 20 of 2023 from the «Обзоры недели» page, writes a
 * decision on the first item and the item comes back in place (htmx, CSRF token and all), the page keeping to the
 * Content-Security-Policy.
 */
@QuarkusTest
@WithTestResource(value = RealStackResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class TheHeadStartsTheWeeklyReviewAndWritesADecisionInPlaceInTheBrowserTest {

    private static final String SOURCE = "review_browser_test";
    private static final String WEEK = "2023-W20";

    @TestHTTPResource("/")
    URL app;

    @Inject
    AgroalDataSource dataSource;

    private String goalId;

    @BeforeEach
    void weekWithACycle() throws SQLException {
        cleanUp();
        given().auth().oauth2(KeycloakTokens.accessTokenOf("ada")).contentType("application/json")
                .body("""
                        {"source":"%s","observations":[
                          {"measure":"social_visits","periodStart":"2023-05-15","grain":"DAY","value":"50"},
                          {"measure":"social_visits","periodStart":"2023-05-21","grain":"DAY","value":"50"}]}"""
                        .formatted(SOURCE))
                .when().post("/api/v1/observations").then().statusCode(200);
        goalId = TestGoals.create("""
                {"title":"Переходы из соцсетей, неделя 20","objective":"TRAFFIC","owner":"sofia",
                 "start":"2023-05-15","deadline":"2023-05-21",
                 "kpis":[{"kpi":"social_traffic","target":{"kind":"ABSOLUTE","value":"3000"}}]}""");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("hanna")).contentType("application/json")
                .body("{\"period\":\"" + WEEK + "\"}").post("/api/v1/cycles").then().statusCode(200);
    }

    @AfterEach
    void cleanUp() throws SQLException {
        goalId = TestGoals.delete(goalId);
        Sql sql = new Sql(dataSource);
        sql.execute("delete from weekly_review where week_code = '" + WEEK + "'");
        sql.execute("delete from cycle_snapshot where period_code = '" + WEEK + "'");
        sql.execute("delete from observation where source_system = '" + SOURCE + "'");
    }

    @Test
    void theHeadStartsTheWeeksReviewAndWritesADecisionThatComesBackInPlace() {
        try (Browser browser = Browser.open()) {
            browser.go(app + "reviews");
            browser.logInOnKeycloak("hanna", "hanna");
            browser.waitFor(By.id("reviews-title"));
            browser.type(By.id("review-week"), WEEK);
            browser.click(By.id("review-start"));

            assertThat(browser.text(By.id("review-done"))).contains("Обзор начат");
            assertThat(browser.text(By.id("agenda"))).contains("Переходы из соцсетей", "отстаёт");
            browser.type(By.cssSelector("#agenda .agenda-item .agenda-decision-form textarea"),
                    "Перенести 50 000 ₽ в соцсети");
            browser.click(By.cssSelector("#agenda .agenda-item .agenda-decide"));

            assertThat(browser.waitForText(By.cssSelector("#agenda .agenda-item .agenda-decision-text"),
                    "Перенести 50 000 ₽ в соцсети")).isNotEmpty();
            assertThat(browser.url()).as("in place, no reload").doesNotContain("done=saved");
            browser.screenshot("weekly-review-agenda");

            // the page's attendance form takes up the version the decision left, so saving it is no conflict
            browser.click(By.cssSelector("#attendance-form input[value='hanna']"));
            browser.click(By.id("attendance-save"));
            browser.waitFor(By.id("review-done"));
            assertThat(browser.pageSource()).doesNotContain("id=\"review-problem\"");
            assertThat(browser.waitFor(By.cssSelector("#close-form input[name='rating']"))).isNotNull();
            assertThat(browser.securityPolicyViolations()).isEmpty();
        }
    }
}
